package org.parkportal.portlets.identity;

import java.util.Arrays;
import java.util.Optional;

/** The eight portal languages, each named in itself so a reader finds their own in any page language. */
public enum Language {
    ENGLISH("en", "English"),
    SIMPLIFIED_CHINESE("zh-CN", "简体中文"),
    TRADITIONAL_CHINESE("zh-TW", "繁體中文"),
    FRENCH("fr", "Français"),
    GERMAN("de", "Deutsch"),
    ITALIAN("it", "Italiano"),
    KOREAN("ko", "한국어"),
    JAPANESE("ja", "日本語");

    private final String tag;
    private final String autonym;

    Language(String tag, String autonym) {
        this.tag = tag;
        this.autonym = autonym;
    }

    public String getTag() {
        return tag;
    }

    public String getAutonym() {
        return autonym;
    }

    /** Only these tags reach the directory; anything else a form sends is refused. */
    public static Optional<Language> ofTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag == null ? "" : tag.strip())).findFirst();
    }
}
