package cn.jixiao.store;

import org.springframework.stereotype.Repository;

import java.util.Optional;

/** Small per-database settings, such as which declaration one-shot commands edit. */
@Repository
public class SettingRepository {
    private final Database db;

    public SettingRepository(Database db) {
        this.db = db;
    }

    public Optional<String> get(String name) {
        return db.client().sql("select setting_value from setting where name = ?").param(name).query(String.class).optional();
    }

    public void put(String name, String value) {
        db.client().sql("merge into setting (name, setting_value) key (name) values (?, ?)").params(name, value).update();
    }

    public void remove(String name) {
        db.client().sql("delete from setting where name = ?").param(name).update();
    }
}
