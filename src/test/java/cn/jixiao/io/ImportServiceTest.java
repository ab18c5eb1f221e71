package cn.jixiao.io;

import cn.jixiao.declaration.DeclarationJson;
import cn.jixiao.declaration.DeclarationRepository;
import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.io.form.FormFormat;
import cn.jixiao.json.Json;
import cn.jixiao.model.DomainException;
import cn.jixiao.store.Database;
import cn.jixiao.store.StoreConfig;
import cn.jixiao.testsupport.SampleForm;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Validator;
import cn.jixiao.validation.rules.RuleCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Large imports: forms are read on a reader thread and stored in chunks by the calling thread, each validated by
 * the one of them with time to spare; a bad form stops both and stores nothing, and the reader thread does not
 * outlive the import.
 */
class ImportServiceTest {
    @TempDir
    static Path dir;

    private static SingleConnectionDataSource dataSource;
    private static DeclarationRepository repository;
    private static ImportService imports;
    private static final Validator VALIDATOR = new Validator(RuleCatalog.all(), RuleContext.builtIn(), Map.of());
    private static final Declaration FORM = SampleForm.load(SampleForm.YIBAO_ZULIN).toDeclaration();

    @BeforeAll
    static void openDatabase() {
        dataSource = new StoreConfig().dataSource(dir.resolve("db/jixiao").toString());
        repository = new DeclarationRepository(new Database(dataSource));
        imports = new ImportService(repository);
    }

    @AfterAll
    static void close() {
        dataSource.destroy();
    }

    /**
     * {@code n} copies of the sample form, named 表1 … 表n (the bad and broken files' forms after the file: bad表1 …, so
     * that no test's forms duplicate another's in the shared database), as one JSON array; {@code bad} (1-based) has
     * a bad amount.
     */
    private static Path forms(String file, int n, int bad) throws Exception {
        List<String> elements = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String json = Json.compact(DeclarationJson.toJson(cn.jixiao.declaration.model.HeaderField.NAME.set(FORM,
                    (file.startsWith("many") ? "" : file.replace(".json", "")) + "表" + i)));
            elements.add(i == bad ? json.replace("\"total\":30", "\"total\":\"三十\"") : json);
        }
        Path p = dir.resolve(file);
        Files.writeString(p, "[\n" + String.join(",\n", elements) + "\n]\n");
        return p;
    }

    private static boolean readerAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("jixiao-import-reader") && t.isAlive());
    }

    @Test
    void aLargeFileIsStoredInChunksWithProgressAndEveryFormValidated() throws Exception {
        int before = repository.list(Optional.empty()).size();
        List<Integer> progress = new ArrayList<>();
        ImportService.Outcome o = imports.importFile(forms("many.json", 1_234, 0), FormFormat.JSON,
                new ImportService.Options(false, false, false), VALIDATOR, progress::add);

        assertThat(o.stored()).hasSize(1_234);
        assertThat(o.stored()).extracting(ImportService.Stored::name).startsWith("表1", "表2", "表3").endsWith("表1234");
        assertThat(progress).containsExactly(500, 1_000);
        assertThat(repository.list(Optional.empty())).hasSize(before + 1_234);
        // whichever thread validated a form and wrote its body (the one with time to spare), the outcome is the same
        int errors = (int) VALIDATOR.validate(FORM).stream().filter(f -> f.severity().name().equals("ERROR")).count();
        int warnings = (int) VALIDATOR.validate(FORM).stream().filter(f -> f.severity().name().equals("WARNING")).count();
        assertThat(o.stored()).allSatisfy(s -> {
            assertThat(s.errors()).isEqualTo(errors);
            assertThat(s.warnings()).isEqualTo(warnings);
        });
        for (int i : new int[] {0, 617, 1_233}) {
            Declaration stored = repository.load(o.stored().get(i).id());
            assertThat(stored.name()).isEqualTo("表" + (i + 1));
            assertThat(stored.tree()).isEqualTo(FORM.tree());
        }
        assertThat(readerAlive()).isFalse();
    }

    @Test
    void aBadFormAfterSeveralChunksStoresNothingAndStopsTheReader() throws Exception {
        int before = repository.list(Optional.empty()).size();
        Path file = forms("bad.json", 1_500, 1_100);
        DomainException e = catchThrowableOfType(DomainException.class, () -> imports.importFile(file, FormFormat.JSON,
                new ImportService.Options(false, false, false), VALIDATOR, n -> { }));

        assertThat(e.key()).isEqualTo("json.bad-value"); // the amount, named by its path in the document
        assertThat(repository.list(Optional.empty())).hasSize(before);
        assertThat(readerAlive()).isFalse();

        ImportService.Outcome kept = imports.importFile(file, FormFormat.JSON,
                new ImportService.Options(false, false, true), VALIDATOR, n -> { });
        assertThat(kept.stored()).hasSize(1_499);
        assertThat(kept.failed()).singleElement().satisfies(f -> assertThat(f.location()).endsWith("(#1100)"));
        assertThat(repository.list(Optional.empty())).hasSize(before + 1_499);
    }

    /** The sample form named {@code name}, as one element of a JSON array. */
    private static String named(String name) {
        return Json.compact(DeclarationJson.toJson(cn.jixiao.declaration.model.HeaderField.NAME.set(FORM, name)));
    }

    @Test
    void aProjectTheFileHoldsTwiceIsRefusedWhereverItStandsOrWithUpdateIsTheNextRevision() throws Exception {
        int before = repository.list(Optional.empty()).size();
        // the second 两次表1 is in the same chunk as the first; in the longer file, four chunks later
        Path near = dir.resolve("twice.json");
        Files.writeString(near, "[" + String.join(",", named("两次表1"), named("两次表2"), named("两次表1")) + "]");
        List<String> far = new ArrayList<>();
        for (int i = 1; i <= 450; i++) {
            far.add(named("远处两次表" + i));
        }
        far.add(named("远处两次表1"));
        Path farFile = dir.resolve("twice-far.json");
        Files.writeString(farFile, "[" + String.join(",", far) + "]");

        for (Path file : List.of(near, farFile)) {
            ImportService.Refused refused = catchThrowableOfType(ImportService.Refused.class, () -> imports.importFile(
                    file, FormFormat.JSON, new ImportService.Options(false, false, false), VALIDATOR, n -> { }));
            assertThat(refused.key()).isEqualTo("import.twice");
            assertThat(refused.args()[3].toString()).endsWith("(#1)"); // where the first one is
            assertThat(refused.args()[4].toString()).isEqualTo(refused.form().location());
            assertThat(refused.form().location()).endsWith(file == near ? "(#3)" : "(#451)");
            assertThat(repository.list(Optional.empty())).hasSize(before);
        }

        ImportService.Outcome kept = imports.importFile(near, FormFormat.JSON,
                new ImportService.Options(false, false, true), VALIDATOR, n -> { });
        assertThat(kept.stored()).extracting(ImportService.Stored::name).containsExactly("两次表1", "两次表2");
        assertThat(kept.failed()).singleElement()
                .satisfies(f -> assertThat(f.error().orElseThrow().key()).isEqualTo("import.twice"));
        assertThat(repository.list(Optional.empty())).hasSize(before + 2);

        ImportService.Outcome updated = imports.importFile(farFile, FormFormat.JSON,
                new ImportService.Options(false, true, false), VALIDATOR, n -> { });
        assertThat(updated.stored()).hasSize(451);
        ImportService.Stored last = updated.stored().get(450);
        assertThat(last.id()).isEqualTo(updated.stored().get(0).id());
        assertThat(last.updated()).isTrue();
        assertThat(last.unchanged()).isTrue(); // the same content: no second revision
        assertThat(repository.list(Optional.empty())).hasSize(before + 2 + 450);
    }

    @Test
    void aFileThatBreaksOffStoresNothing() throws Exception {
        int before = repository.list(Optional.empty()).size();
        Path whole = forms("whole.json", 700, 0);
        Path cut = dir.resolve("cut.json");
        String text = Files.readString(whole);
        Files.writeString(cut, text.substring(0, text.length() * 3 / 4));
        DomainException e = catchThrowableOfType(DomainException.class, () -> imports.importFile(cut, FormFormat.JSON,
                new ImportService.Options(false, false, true), VALIDATOR, n -> { }));

        assertThat(e.key()).startsWith("io.malformed");
        assertThat(repository.list(Optional.empty())).hasSize(before);
        assertThat(readerAlive()).isFalse();
    }
}
