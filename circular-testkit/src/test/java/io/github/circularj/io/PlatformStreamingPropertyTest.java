package io.github.circularj.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.circularj.testkit.PlatformViolation;
import io.github.circularj.testkit.SyntheticPlatform;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A grouped platform file read from its path (streaming, duplicates across sellers found by hashes) gives the records
 * and report of the same lines read into memory through the builder, for any synthetic platform with listings copied
 * into other sellers' groups (duplicate ids), whatever the hash, even one where most ids collide.
 */
class PlatformStreamingPropertyTest {

    @TempDir
    Path dir;

    private static List<String> lines(long seed, int sellers) {
        SyntheticPlatform.Builder b = SyntheticPlatform.builder(seed).sellers(sellers);
        for (PlatformViolation v : PlatformViolation.values()) {
            b.rate(v, 0.05);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PlatformFiles.write(b.build().records().records(), true, Optional.empty(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\n")));
    }

    /**
     * Copies {@code copies} random listing lines into the groups of random later sellers, right after their lines: the
     * original stays the first listing with its id, and the copy is the duplicate. (A copy into an earlier seller's
     * group would take the id first, and the original's transactions would then follow a refused listing: a grouped
     * file reports them as breaking the grouping, where the builder attaches them to the other seller's listing; see
     * docs/platform-format.md.)
     */
    private static List<String> withDuplicates(List<String> lines, int copies, Random random) {
        List<String> out = new ArrayList<>(lines);
        for (int k = 0; k < copies; k++) {
            List<Integer> listings = new ArrayList<>();
            List<Integer> sellers = new ArrayList<>();
            for (int i = 1; i < out.size(); i++) {
                (out.get(i).startsWith("{\"type\":\"LISTING\"") ? listings : out.get(i).startsWith("{\"type\":\"SELLER\"")
                        ? sellers : new ArrayList<Integer>()).add(i);
            }
            int from = listings.get(random.nextInt(listings.size()));
            String listing = out.get(from);
            List<Integer> later = sellers.stream().filter(i -> i > from).toList();
            if (later.isEmpty()) {
                continue;
            }
            int at = later.get(random.nextInt(later.size()));
            String seller = out.get(at).replaceAll(".*\"sellerId\":\"([^\"]*)\".*", "$1");
            out.add(at + 1, listing.replaceAll("\"sellerId\":\"[^\"]*\"", "\"sellerId\":\"" + seller + "\""));
        }
        return out;
    }

    @Test
    void aStreamedGroupedFileReadsAsTheSameLinesReadIntoMemory() {
        List<ToLongFunction<String>> hashes = List.of(LongHashSet::hash, id -> id.length() % 3, id -> 7L);
        qt().withExamples(40).forAll(longs().between(1, 1_000_000), integers().between(1, 40), integers().between(0, 6),
                integers().between(0, 2)).checkAssert((seed, sellers, copies, hash) -> {
                    List<String> lines = withDuplicates(lines(seed, sellers), copies, new Random(seed));
                    String text = String.join("\n", lines) + "\n";
                    try {
                        PlatformImport held = PlatformFiles.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                                "p.jsonl");
                        Path file = dir.resolve("p-" + seed + "-" + copies + "-" + hash + ".jsonl");
                        Files.writeString(file, text);
                        PlatformImport streamed = PlatformFiles.read(file, hashes.get(hash));
                        assertThat(streamed.result().records().isInMemory()).isFalse();
                        assertThat(streamed.result().report()).isEqualTo(held.result().report());
                        assertThat(streamed.result().records().sellers().toList())
                                .isEqualTo(held.result().records().sellers().toList());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }
}
