package io.github.circularj.rules.pilot;

import io.github.circularj.model.party.City;
import io.github.circularj.model.party.DivisionCode;
import io.github.circularj.model.party.Enterprise;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The members of a batch of China's secondhand goods circulation pilot (二手商品流通试点), as far as
 * they are publicly known.
 *
 * <p>The pilot was organised by the notice of the general offices of MOFCOM, NDRC, the Ministry of
 * Public Security, the Ministry of Natural Resources and SAMR of 2024-12-11, with the attached pilot
 * work plan (二手商品流通试点工作方案). Its first batch, announced at the China International Consumer
 * Products Expo (Haikou, 2025), has 10 pilot cities and 28 pilot enterprises. Only some members are
 * listed in this library's reference; {@link #firstBatch()} holds those, reports how many are not yet
 * listed, and lets users register the rest with {@link #withCity(City)} and
 * {@link #withEnterprise(PilotEnterprise)}. Members and their codes are never invented.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PilotRegistry {

    private static final Comparator<PilotEnterprise> BY_NAME = Comparator.comparing(PilotEnterprise::name);

    private final String batch;
    private final LocalDate noticeDate;
    private final int announcedCities;
    private final int announcedEnterprises;
    private final List<City> cities;
    private final List<PilotEnterprise> enterprises;

    private PilotRegistry(String batch, LocalDate noticeDate, int announcedCities, int announcedEnterprises,
            List<City> cities, List<PilotEnterprise> enterprises) {
        this.batch = batch;
        this.noticeDate = noticeDate;
        this.announcedCities = announcedCities;
        this.announcedEnterprises = announcedEnterprises;
        this.cities = List.copyOf(cities);
        this.enterprises = List.copyOf(enterprises);
    }

    /**
     * The first batch: 10 cities and 28 enterprises announced, with the members this library's
     * reference names: the cities Hangzhou (杭州, Zhejiang, 330100) and Zaozhuang (枣庄, Shandong,
     * 370400), and the enterprises Zhimei Life (Beijing) Technology Co., Ltd. and Zhonggu Youpin
     * (Beijing) Technology Co., Ltd. (by name; their credit codes are not published here).
     *
     * @return the first batch as publicly known, never null
     */
    public static PilotRegistry firstBatch() {
        return new PilotRegistry("first batch", LocalDate.of(2024, 12, 11), 10, 28,
                List.of(City.of("330100", "杭州 Hangzhou"), City.of("370400", "枣庄 Zaozhuang")),
                List.of(PilotEnterprise.named("Zhimei Life (Beijing) Technology Co., Ltd."),
                        PilotEnterprise.named("Zhonggu Youpin (Beijing) Technology Co., Ltd.")));
    }

    /**
     * Returns the batch's name, for example {@code "first batch"}.
     *
     * @return the batch name, never null
     */
    public String batch() {
        return batch;
    }

    /**
     * Returns the date of the notice that organised the pilot.
     *
     * @return the notice date, never null
     */
    public LocalDate noticeDate() {
        return noticeDate;
    }

    /**
     * Returns how many pilot cities the batch has, as announced.
     *
     * @return the announced number of cities
     */
    public int announcedCityCount() {
        return announcedCities;
    }

    /**
     * Returns how many pilot enterprises the batch has, as announced.
     *
     * @return the announced number of enterprises
     */
    public int announcedEnterpriseCount() {
        return announcedEnterprises;
    }

    /**
     * Returns the listed cities, ordered by division code.
     *
     * @return the cities, unmodifiable
     */
    public List<City> cities() {
        return cities;
    }

    /**
     * Returns the listed enterprises, ordered by name.
     *
     * @return the enterprises, unmodifiable
     */
    public List<PilotEnterprise> enterprises() {
        return enterprises;
    }

    /**
     * Returns how many announced cities are not listed here yet.
     *
     * @return the number of cities still to register, not negative
     */
    public int unlistedCityCount() {
        return announcedCities - cities.size();
    }

    /**
     * Returns how many announced enterprises are not listed here yet.
     *
     * @return the number of enterprises still to register, not negative
     */
    public int unlistedEnterpriseCount() {
        return announcedEnterprises - enterprises.size();
    }

    /**
     * Returns whether the city with this division code is a listed pilot city.
     *
     * @param code the prefecture-level division code, not null
     * @return true if listed
     */
    public boolean isPilotCity(DivisionCode code) {
        return city(code).isPresent();
    }

    /**
     * Finds a listed city by division code.
     *
     * @param code the division code, not null
     * @return the city, or empty if it is not listed
     */
    public Optional<City> city(DivisionCode code) {
        return cities.stream().filter(city -> city.code().equals(code)).findFirst();
    }

    /**
     * Finds the listed member that is this enterprise (by credit code, or by name for members
     * known by name only).
     *
     * @param enterprise the enterprise, not null
     * @return the member, or empty if the enterprise is not a listed member
     */
    public Optional<PilotEnterprise> member(Enterprise enterprise) {
        return enterprises.stream().filter(member -> member.matches(enterprise)).findFirst();
    }

    /**
     * Returns a registry with one more city.
     *
     * @param city the city to register, not null
     * @return a new registry; this one is unchanged
     * @throws IllegalArgumentException if the city is already listed, or the batch's announced
     *     number of cities is already reached
     */
    public PilotRegistry withCity(City city) {
        Objects.requireNonNull(city, "city");
        if (isPilotCity(city.code())) {
            throw new IllegalArgumentException("city \"" + city.code() + "\" is already a listed member of the "
                    + batch + "; a city is registered once");
        }
        if (unlistedCityCount() == 0) {
            throw new IllegalArgumentException("city \"" + city.code() + "\" cannot be added: the " + batch
                    + " has " + announcedCities + " cities and all are listed");
        }
        List<City> more = new ArrayList<>(cities);
        more.add(city);
        more.sort(Comparator.comparing(City::code));
        return new PilotRegistry(batch, noticeDate, announcedCities, announcedEnterprises, more, enterprises);
    }

    /**
     * Returns a registry with one more enterprise. A member known by name only may be registered
     * again with its credit code: the new entry replaces the name-only one.
     *
     * @param enterprise the enterprise to register, not null
     * @return a new registry; this one is unchanged
     * @throws IllegalArgumentException if the enterprise is already listed (same credit code, or
     *     same name with no new credit code), or the announced number of enterprises is reached
     */
    public PilotRegistry withEnterprise(PilotEnterprise enterprise) {
        Objects.requireNonNull(enterprise, "enterprise");
        List<PilotEnterprise> more = new ArrayList<>(enterprises);
        Optional<PilotEnterprise> sameName = enterprises.stream()
                .filter(member -> member.name().equals(enterprise.name())).findFirst();
        boolean sameCode = enterprise.creditCode().isPresent() && enterprises.stream()
                .anyMatch(member -> member.creditCode().equals(enterprise.creditCode()));
        if (sameCode || sameName.isPresent() && (enterprise.creditCode().isEmpty()
                || sameName.get().creditCode().isPresent())) {
            throw new IllegalArgumentException("enterprise \"" + enterprise.name() + "\" is already a listed member of the "
                    + batch + "; an enterprise is registered once");
        }
        if (sameName.isPresent()) {
            more.remove(sameName.get());
        } else if (unlistedEnterpriseCount() == 0) {
            throw new IllegalArgumentException("enterprise \"" + enterprise.name() + "\" cannot be added: the "
                    + batch + " has " + announcedEnterprises + " enterprises and all are listed");
        }
        more.add(enterprise);
        more.sort(BY_NAME);
        return new PilotRegistry(batch, noticeDate, announcedCities, announcedEnterprises, cities, more);
    }

    /**
     * Summarises the registry, for example
     * {@code first batch: 2 of 10 cities, 2 of 28 enterprises listed}.
     *
     * @return the summary, never null
     */
    @Override
    public String toString() {
        return batch + ": " + cities.size() + " of " + announcedCities + " cities, " + enterprises.size() + " of "
                + announcedEnterprises + " enterprises listed";
    }
}
