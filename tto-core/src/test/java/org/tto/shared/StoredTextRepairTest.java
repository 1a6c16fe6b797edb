package org.tto.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoredTextRepairTest {

    @Test
    void controlCharactersAndBrokenUnicodeGoLineBreaksTabsAndRealCharactersStay() {
        assertThat(StoredTextRepair.clean("a\u0000b\u001bc\u007fd\u0085e")).isEqualTo("abcde");
        assertThat(StoredTextRepair.clean("lone \ud800 high, lone \udc00 low")).isEqualTo("lone  high, lone  low");
        assertThat(StoredTextRepair.clean("x\uFFFEy\uFFFFz")).isEqualTo("xyz");
        assertThat(StoredTextRepair.clean("line 1\r\nline 2\tcolumn")).isEqualTo("line 1\r\nline 2\tcolumn");
        assertThat(StoredTextRepair.clean("Nairobi – 内罗毕 – نيروبي – 🧪")).isEqualTo("Nairobi – 内罗毕 – نيروبي – 🧪");
        assertThat(StoredTextRepair.clean("")).isEmpty();
    }
}
