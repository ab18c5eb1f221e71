package cn.jixiao.store;

import org.springframework.stereotype.Repository;

import java.util.Optional;

/**
 * Small settings, such as which declaration one-shot commands edit and the guided build's draft. They are one
 * person's: on a shared database each author has their own (the name is qualified by {@link Database#author()}).
 */
@Repository
public class SettingRepository {
    private final Database db;

    public SettingRepository(Database db) {
        this.db = db;
    }

    public Optional<String> get(String name) {
        return db.client().sql("select setting_value from setting where name = ?").param(key(name)).query(String.class)
                .optional();
    }

    public void put(String name, String value) {
        // update, else insert: the same SQL on H2 and PostgreSQL (neither's merge/upsert syntax is the other's)
        if (db.client().sql("update setting set setting_value = ? where name = ?").params(value, key(name)).update() == 0) {
            db.client().sql("insert into setting (name, setting_value) values (?, ?)").params(key(name), value).update();
        }
    }

    public void remove(String name) {
        db.client().sql("delete from setting where name = ?").param(key(name)).update();
    }

    private String key(String name) {
        return db.vendor().shared() ? name + "@" + db.author() : name;
    }
}
