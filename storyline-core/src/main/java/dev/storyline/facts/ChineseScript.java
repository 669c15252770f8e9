package dev.storyline.facts;

/**
 * Traditional Chinese characters (Taiwan, Hong Kong) in their simplified forms, for the characters the Chinese
 * fact rules read: numerals and measure words, reporting verbs, time words, particles. One character for one, so
 * offsets into the simplified text are offsets into the original, and spans keep the text as written.
 */
final class ChineseScript {
    private static final String TRADITIONAL = "據說稱強調證實認為紹聲應萬億兩個輛頭隻條棟處噸歐鎊時鐘週於從對將並與還達進傷難喪參離獲蹤"
            + "駐紮湧轉開約過餘幾數點號後這該們報導統計論輿經來禮內際國軍華務團隊員記區東門歲節會議選舉";
    private static final String SIMPLIFIED = "据说称强调证实认为绍声应万亿两个辆头只条栋处吨欧镑时钟周于从对将并与还达进伤难丧参离获踪"
            + "驻扎涌转开约过余几数点号后这该们报导统计论舆经来礼内际国军华务团队员记区东门岁节会议选举";

    static {
        if (TRADITIONAL.length() != SIMPLIFIED.length()) throw new IllegalStateException("character tables differ in length");
    }

    private ChineseScript() {}

    static String simplified(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            int k = TRADITIONAL.indexOf(text.charAt(i));
            if (k < 0) continue;
            if (out == null) out = text.toCharArray();
            out[i] = SIMPLIFIED.charAt(k);
        }
        return out == null ? text : new String(out);
    }
}
