package cn.jixiao;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The domain (indicator, declaration) is plain Java: no framework, terminal, SQL or JSON library in it. */
@AnalyzeClasses(packages = "cn.jixiao", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainDependsOnNoFrameworkTerminalSqlOrJson = noClasses()
            .that().resideInAnyPackage("cn.jixiao.indicator..", "cn.jixiao.declaration..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.jline..", "java.sql..", "javax.sql..", "tools.jackson..",
                    "org.flywaydb..")
            .because("the domain must stay usable and testable without Spring, a terminal or a database");

    @ArchTest
    static final ArchRule domainDoesNotReachIntoOuterLayers = noClasses()
            .that().resideInAnyPackage("cn.jixiao.indicator..", "cn.jixiao.declaration..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "cn.jixiao.io..", "cn.jixiao.store..", "cn.jixiao.shell..")
            .because("io, store and shell build on the domain, not the other way round");
}
