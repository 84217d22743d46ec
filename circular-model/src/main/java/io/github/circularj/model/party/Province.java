package io.github.circularj.model.party;

import java.util.Optional;

/**
 * China's 34 provincial-level administrative divisions, keyed by the two-digit prefix of their
 * administrative division code (GB/T 2260): 23 provinces, 5 autonomous regions, 4 municipalities
 * directly under the central government and 2 special administrative regions.
 *
 * <p>The Chinese names are the full official names; the English names are the usual short forms.
 */
public enum Province {

    /** 11 北京市, Beijing (municipality). */
    BEIJING("11", "北京市", "Beijing"),
    /** 12 天津市, Tianjin (municipality). */
    TIANJIN("12", "天津市", "Tianjin"),
    /** 13 河北省, Hebei. */
    HEBEI("13", "河北省", "Hebei"),
    /** 14 山西省, Shanxi. */
    SHANXI("14", "山西省", "Shanxi"),
    /** 15 内蒙古自治区, Inner Mongolia (autonomous region). */
    INNER_MONGOLIA("15", "内蒙古自治区", "Inner Mongolia"),
    /** 21 辽宁省, Liaoning. */
    LIAONING("21", "辽宁省", "Liaoning"),
    /** 22 吉林省, Jilin. */
    JILIN("22", "吉林省", "Jilin"),
    /** 23 黑龙江省, Heilongjiang. */
    HEILONGJIANG("23", "黑龙江省", "Heilongjiang"),
    /** 31 上海市, Shanghai (municipality). */
    SHANGHAI("31", "上海市", "Shanghai"),
    /** 32 江苏省, Jiangsu. */
    JIANGSU("32", "江苏省", "Jiangsu"),
    /** 33 浙江省, Zhejiang. */
    ZHEJIANG("33", "浙江省", "Zhejiang"),
    /** 34 安徽省, Anhui. */
    ANHUI("34", "安徽省", "Anhui"),
    /** 35 福建省, Fujian. */
    FUJIAN("35", "福建省", "Fujian"),
    /** 36 江西省, Jiangxi. */
    JIANGXI("36", "江西省", "Jiangxi"),
    /** 37 山东省, Shandong. */
    SHANDONG("37", "山东省", "Shandong"),
    /** 41 河南省, Henan. */
    HENAN("41", "河南省", "Henan"),
    /** 42 湖北省, Hubei. */
    HUBEI("42", "湖北省", "Hubei"),
    /** 43 湖南省, Hunan. */
    HUNAN("43", "湖南省", "Hunan"),
    /** 44 广东省, Guangdong. */
    GUANGDONG("44", "广东省", "Guangdong"),
    /** 45 广西壮族自治区, Guangxi (autonomous region). */
    GUANGXI("45", "广西壮族自治区", "Guangxi"),
    /** 46 海南省, Hainan. */
    HAINAN("46", "海南省", "Hainan"),
    /** 50 重庆市, Chongqing (municipality). */
    CHONGQING("50", "重庆市", "Chongqing"),
    /** 51 四川省, Sichuan. */
    SICHUAN("51", "四川省", "Sichuan"),
    /** 52 贵州省, Guizhou. */
    GUIZHOU("52", "贵州省", "Guizhou"),
    /** 53 云南省, Yunnan. */
    YUNNAN("53", "云南省", "Yunnan"),
    /** 54 西藏自治区, Xizang (Tibet; autonomous region). */
    XIZANG("54", "西藏自治区", "Xizang"),
    /** 61 陕西省, Shaanxi. */
    SHAANXI("61", "陕西省", "Shaanxi"),
    /** 62 甘肃省, Gansu. */
    GANSU("62", "甘肃省", "Gansu"),
    /** 63 青海省, Qinghai. */
    QINGHAI("63", "青海省", "Qinghai"),
    /** 64 宁夏回族自治区, Ningxia (autonomous region). */
    NINGXIA("64", "宁夏回族自治区", "Ningxia"),
    /** 65 新疆维吾尔自治区, Xinjiang (autonomous region). */
    XINJIANG("65", "新疆维吾尔自治区", "Xinjiang"),
    /** 71 台湾省, Taiwan. */
    TAIWAN("71", "台湾省", "Taiwan"),
    /** 81 香港特别行政区, Hong Kong (special administrative region). */
    HONG_KONG("81", "香港特别行政区", "Hong Kong"),
    /** 82 澳门特别行政区, Macao (special administrative region). */
    MACAO("82", "澳门特别行政区", "Macao");

    private final String prefix;
    private final String chineseName;
    private final String englishName;

    Province(String prefix, String chineseName, String englishName) {
        this.prefix = prefix;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * Finds the provincial-level division with a two-digit prefix.
     *
     * @param prefix two ASCII digits, for example {@code "33"}, not null
     * @return the division, or empty if no provincial-level division has that prefix
     */
    public static Optional<Province> ofPrefix(String prefix) {
        for (Province p : values()) {
            if (p.prefix.equals(prefix)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the two-digit prefix of this division's codes.
     *
     * @return the prefix, for example {@code "33"} for Zhejiang
     */
    public String prefix() {
        return prefix;
    }

    /**
     * Returns the division's own code, the prefix followed by {@code 0000}.
     *
     * @return the province-level division code, for example {@code 330000}
     */
    public DivisionCode divisionCode() {
        return DivisionCode.parse(prefix + "0000");
    }

    /**
     * Returns the full official Chinese name.
     *
     * @return the name, for example {@code 浙江省}
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Returns the usual English short name.
     *
     * @return the name, for example {@code Zhejiang}
     */
    public String englishName() {
        return englishName;
    }
}
