package cn.jixiao;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The code map as rules. Each feature package ({@code declaration}, {@code indicator}, {@code template},
 * {@code validation}, {@code io}, {@code evaluation}, {@code guided} …) holds its commands, views, completions,
 * service and store access; its pure domain lives in {@code model} packages and in {@code validation.rules}, which
 * know nothing of Spring, JLine, SQL or Jackson. {@code shell} is the console runtime and knows no feature.
 * No package depends on another through a cycle.
 */
@AnalyzeClasses(packages = "cn.jixiao", importOptions = {ImportOption.DoNotIncludeTests.class,
        ArchitectureTest.NoGeneratedCode.class})
class ArchitectureTest {
    private static final String[] DOMAIN = {"cn.jixiao.model..", "cn.jixiao.*.model..", "cn.jixiao.validation.rules.."};

    @ArchTest
    static final ArchRule domainDependsOnNoFrameworkTerminalSqlOrJson = noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.jline..", "java.sql..", "javax.sql..", "tools.jackson..",
                    "com.fasterxml..", "org.flywaydb..", "org.h2..", "org.postgresql..", "org.apache.poi..")
            .because("the domain must stay usable and testable without Spring, a terminal or a database");

    @ArchTest
    static final ArchRule domainUsesOnlyTheDomain = noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat(not(JavaClass.Predicates.resideInAnyPackage(DOMAIN))
                    .and(JavaClass.Predicates.resideInAPackage("cn.jixiao..")))
            .because("features build on the domain, not the other way round");

    @ArchTest
    static final ArchRule shellKnowsNoFeature = noClasses()
            .that().resideInAPackage("cn.jixiao.shell..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "cn.jixiao.declaration..", "cn.jixiao.indicator..", "cn.jixiao.template..",
                    "cn.jixiao.validation..", "cn.jixiao.io..", "cn.jixiao.evaluation..", "cn.jixiao.guided..",
                    "cn.jixiao.monitoring..", "cn.jixiao.store..")
            .because("the console runtime serves every feature; features plug into it through Spring beans");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("cn.jixiao.(**)").should().beFreeOfCycles();

    /** Spring AOT's generated bean definitions register every bean from one place; they are not hand-written code. */
    static final class NoGeneratedCode implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("__");
        }
    }
}
