package io.github.circularj.releasecheck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's stability promise, enforced: a package named {@code internal} (today
 * {@code io.github.circularj.model.internal}) is not API. Only classes under its parent package may use it,
 * and no public API exposes one of its types. Checked over the main classes of every module of the reactor
 * (found on disk, so a new module is covered without editing this test), examples and benchmarks included:
 * they are written the way users write code.
 */
class InternalPackagesTest {

    /** Classes outside {@code P} must not depend on {@code P.internal}. */
    static final ArchRule NO_FOREIGN_USE_OF_INTERNAL = classes().should(new ArchCondition<JavaClass>(
            "use an internal package only from under its parent package") {
        @Override
        public void check(JavaClass origin, ConditionEvents events) {
            for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                Optional<String> owner = owner(d.getTargetClass().getPackageName());
                if (owner.isPresent() && !within(origin.getPackageName(), owner.get())) {
                    events.add(SimpleConditionEvent.violated(d, d.getDescription()
                            + ": " + d.getTargetClass().getPackageName() + " is internal to " + owner.get()));
                }
            }
        }
    });

    /** Public members of public API classes must not take or return an internal type. */
    static final ArchRule NO_INTERNAL_TYPE_IN_PUBLIC_API = codeUnits().that().arePublic()
            .and().areDeclaredInClassesThat().arePublic()
            .and().areDeclaredInClassesThat(DescribedPredicate.describe("outside internal packages",
                    (JavaClass c) -> owner(c.getPackageName()).isEmpty()))
            .should(new ArchCondition<JavaCodeUnit>("not take or return an internal type") {
                @Override
                public void check(JavaCodeUnit unit, ConditionEvents events) {
                    List<JavaClass> types = new ArrayList<>(unit.getRawParameterTypes());
                    types.add(unit.getRawReturnType());
                    for (JavaClass type : types) {
                        if (owner(type.getPackageName()).isPresent()) {
                            events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " exposes internal type " + type.getName()));
                        }
                    }
                }
            }).allowEmptyShould(true);

    @Test
    void noModuleUsesAnotherPackagesInternals() throws IOException {
        NO_FOREIGN_USE_OF_INTERNAL.check(reactorClasses());
    }

    @Test
    void noPublicApiExposesAnInternalType() throws IOException {
        NO_INTERNAL_TYPE_IN_PUBLIC_API.check(reactorClasses());
    }

    @Test
    void theRulesCatchAForeignUseAndALeak() {
        JavaClasses sample = new ClassFileImporter().importPackages("io.github.circularj.releasecheck.sample",
                "io.github.circularj.releasecheck.elsewhere");
        assertThat(NO_FOREIGN_USE_OF_INTERNAL.evaluate(sample).getFailureReport().getDetails())
                .singleElement().asString().contains("Intruder").contains("is internal to io.github.circularj.releasecheck.sample");
        assertThat(NO_INTERNAL_TYPE_IN_PUBLIC_API.evaluate(sample).getFailureReport().getDetails())
                .singleElement().asString().contains("Leaky.leak()").contains("exposes internal type");
    }

    @Test
    void theOwnerOfAnInternalPackageIsItsParent() {
        assertThat(owner("io.github.circularj.model.internal")).contains("io.github.circularj.model");
        assertThat(owner("io.github.circularj.model.internal.text")).contains("io.github.circularj.model");
        assertThat(owner("io.github.circularj.model.internalised")).isEmpty();
        assertThat(owner("io.github.circularj.rules")).isEmpty();
    }

    @Test
    void theReactorHoldsTheModelsInternalPackage() throws IOException {
        // Guards against a vacuous pass: the classes read must include what the rules are about.
        assertThat(reactorClasses().containPackage("io.github.circularj.model.internal")).isTrue();
    }

    /** The package an internal package belongs to: {@code a.b} for {@code a.b.internal} or {@code a.b.internal.c}. */
    static Optional<String> owner(String packageName) {
        String p = "." + packageName + ".";
        int at = p.indexOf(".internal.");
        return at < 0 ? Optional.empty() : Optional.of(at == 0 ? "" : packageName.substring(0, at - 1));
    }

    private static boolean within(String packageName, String owner) {
        return packageName.equals(owner) || packageName.startsWith(owner + ".");
    }

    /** The main classes of every module that has main sources; a module not compiled yet is an error. */
    private static JavaClasses reactorClasses() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Path> classDirs = new ArrayList<>();
        List<String> notCompiled = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path module : dirs.filter(d -> Files.isRegularFile(d.resolve("pom.xml"))).sorted().toList()) {
                if (Files.isDirectory(module.resolve("src/main/java")) && !module.equals(Path.of("").toAbsolutePath())) {
                    Path classes = module.resolve("target/classes");
                    if (Files.isDirectory(classes)) {
                        classDirs.add(classes);
                    } else {
                        notCompiled.add(module.getFileName().toString());
                    }
                }
            }
        }
        assertThat(notCompiled).as("modules with main sources but no target/classes: build the whole reactor, with"
                + " release-check after them (it is the last module of the root POM)").isEmpty();
        return new ClassFileImporter().importPaths(classDirs);
    }
}
