package io.sousei.region.internal;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Folds a place name to the form search compares: width and case folded, Latin accents dropped
 * (Ōita → oita), spaces and punctuation removed, and the character variants of place names folded to one
 * form — simplified Chinese and Japanese shinjitai to traditional (屏东 → 屏東, 県 → 縣), 台 to 臺.
 */
public final class NameFolding {

    // Pairs "variant → traditional" of the characters that occur in Taiwanese and Japanese place names.
    private static final String VARIANTS = "东東县縣区區乡鄉镇鎮兰蘭义義莲蓮门門湾灣凤鳳园園丰豐龙龍云雲华華冈岡岛島阳陽屿嶼头頭"
            + "树樹宁寧罗羅丽麗广廣汤湯滨濱泽澤历歷庄莊边邊桥橋关關侨僑兴興乐樂双雙顺順乌烏沟溝围圍卢盧苏蘇"
            + "绿綠长長岭嶺峡峽亚亞渔漁鸟鳥麦麥叶葉万萬达達连連仑崙顶頂营營归歸远遠郑鄭陈陳张張杨楊黄黃马馬"
            + "坛壇盐鹽宝寶满滿发發卫衛车車丝絲两兩临臨为為书書会會伦倫内內农農冲沖凉涼劳勞势勢医醫协協单單"
            + "厅廳县縣台臺坝壩垦墾场場声聲学學实實宫宮宾賓对對寿壽尔爾岗崗带帶师師庆慶库庫庙廟开開弯彎当當"
            + "彰彰恒恆晋晉杰傑极極林林枫楓柳柳样樣桃桃梦夢检檢楼樓横橫欢歡汉漢沙沙没沒泸瀘浅淺济濟涌湧涛濤"
            + "渊淵湿濕溪溪滩灘潜潛灯燈热熱爱愛猪豬献獻环環现現琼瓊电電画畫畅暢疗療盖蓋盘盤矿礦砖磚碍礙礼禮"
            + "种種积積稳穩窑窯竞競笔筆简簡粮糧纪紀纳納纺紡线線练練组組织織经經结結绘繪给給统統继繼续續维維"
            + "网網罚罰职職联聯肃肅胜勝脑腦艺藝节節芦蘆苍蒼茧繭荣榮药藥获獲虽雖蛮蠻补補观觀规規见見视視览覽"
            + "计計训訓记記设設访訪证證评評识識诗詩话話该該语語说說读讀调調谈談谢謝贝貝财財贵貴贸貿资資赏賞"
            + "赤赤赵趙轮輪软軟辉輝辽遼达達迁遷运運还還进進选選遗遺邮郵邻鄰郑鄭钟鐘钢鋼铁鐵银銀锦錦镜鏡闻聞"
            + "问問间間队隊际際陆陸陵陵隐隱难難雾霧静靜韩韓页頁顶頂项項须須领領风風飞飛馆館驿驛高高鱼魚鲁魯"
            + "鹤鶴鹰鷹黑黑点點齐齊龟龜沢澤浜濱広廣竜龍桜櫻栄榮恵惠鉄鐵関關国國斎齋辺邊滝瀧塩鹽徳德郷鄉稲稻"
            + "渋澁亀龜来來豊豐伝傳仏佛発發芸藝条條余餘与與両兩宝寶黒黑円圓読讀穂穗帯帶駅驛蔵藏弥彌尽盡庁廳"
            + "礼禮団團図圖鶏雞";

    private static final Map<Character, Character> FOLD = new HashMap<>();

    static {
        for (int i = 0; i + 1 < VARIANTS.length(); i += 2) {
            FOLD.put(VARIANTS.charAt(i), VARIANTS.charAt(i + 1));
        }
    }

    private NameFolding() {}

    public static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        decomposed = Normalizer.normalize(decomposed, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        char previous = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            boolean mark = Character.getType(c) == Character.NON_SPACING_MARK;
            if (mark && previous < 0x250) {
                continue; // a Latin accent; kana voicing marks stay and are recomposed below
            }
            if (!mark && !Character.isLetterOrDigit(c)) {
                continue;
            }
            out.append(FOLD.getOrDefault(c, c));
            previous = c;
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}
