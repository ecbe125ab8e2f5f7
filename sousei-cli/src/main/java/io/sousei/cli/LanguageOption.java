package io.sousei.cli;

import io.sousei.text.Language;
import picocli.CommandLine.Option;

/** The {@code --lang} option: zh-Hant (default), ja or en. */
final class LanguageOption {

    @Option(names = "--lang", paramLabel = "TAG", description = "Language of names: zh-Hant (default), ja, en.")
    String tag;

    Language language() {
        if (tag == null) {
            return Language.defaultLanguage();
        }
        return Language.findByTag(tag)
                .orElseThrow(() -> new UsageException("--lang " + tag + " is not one of zh-Hant, ja, en"));
    }
}
