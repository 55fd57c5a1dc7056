import CaseLibrary
import Testing

@Suite("Normalisation and tokenisation")
struct TextNormalizerTests {
    @Test func traditionalBecomesSimplified() {
        #expect(TextNormalizer.normalize("政府信息公開") == "政府信息公开")
        #expect(TextNormalizer.normalize("關於國務院檔案") == "关于国务院档案")
    }

    @Test func fullWidthBecomesHalfWidthAndCaseFolds() {
        #expect(TextNormalizer.normalize("ＡＢＣ１２３") == "abc123")
        #expect(TextNormalizer.normalize("Ａｂｃ　ＤＥＦ") == "abc def")
        #expect(TextNormalizer.normalize("XAPIAN") == "xapian")
    }

    /// Regression (stop 27): text pasted from a web page or a chat carries invisible format characters
    /// (zero-width space, joiner, non-joiner, word joiner, byte-order mark, soft hyphen, direction marks)
    /// that cut a word in two: 申\u{200B}请 had no bigram 申请, and 复印\u{200D} no character 印.
    @Test func invisibleFormatCharactersAreDropped() {
        for mark in ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}", "\u{200E}", "\u{202A}"] {
            #expect(TextNormalizer.normalize("申\(mark)请公開") == "申请公开", "U+\(String(mark.unicodeScalars.first?.value ?? 0, radix: 16))")
            #expect(Tokenizer.queryTerms("申\(mark)请") == Tokenizer.queryTerms("申请"))
        }
        #expect(Tokenizer.tokens("复印\u{200D}一份").map(\.term).contains("复印"))
        let (characters, origins) = TextNormalizer.normalizeWithOrigins("公\u{200B}開")
        #expect(String(characters) == "公开")
        #expect(origins == [0, 2], "the snippet still marks the original characters")
        #expect(TextNormalizer.normalize("a\u{00A0}b") == "a b", "a no-break space is a space, not dropped")
    }

    @Test func originsPointBackToTheInput() {
        let (characters, origins) = TextNormalizer.normalizeWithOrigins("公開ＡＢ")
        #expect(String(characters) == "公开ab")
        #expect(origins == [0, 1, 2, 3])
    }

    @Test func cjkRunsGiveUnigramsAndBigramsAtSharedPositions() {
        let tokens = Tokenizer.tokens("户籍档案")
        #expect(tokens.map(\.term) == ["户", "户籍", "籍", "籍档", "档", "档案", "案"])
        #expect(tokens.filter(\.isBigram).map(\.position) == [1, 2, 3])
    }

    @Test func mixedTextSplitsIntoWordsAndNgrams() {
        #expect(Tokenizer.queryTerms("Xapian检索 2019年") == ["xapian", "检索", "2019", "年"])
    }

    @Test func queryTermsAreNormalisedLikeIndexTerms() {
        #expect(Tokenizer.queryTerms("政府資訊公開") == Tokenizer.queryTerms("政府资讯公开"))
    }

    @Test func overlongWordsAreCut() {
        let word = String(repeating: "a", count: 1000)
        #expect(Tokenizer.tokens(word).first?.term.utf8.count == Tokenizer.maxWordBytes)
    }

    @Test func sha256MatchesKnownDigests() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func anInlineKeyIsTheDigestsFirst90BitsInURLSafeBase64() {
        // Python: base64.urlsafe_b64encode(hashlib.sha256(text).digest()[:12])[:15]
        #expect(SHA256.inlineKey("abc") == "ungWv48Bz-pBQUD")
        #expect(SHA256.inlineKey("案例") == "ZgPhRL0e3tLPAT7")
        #expect(SHA256.inlineKey("abc").utf8.count == 15, "15 bytes: Swift keeps the string inline")
        #expect(SHA256.inlineKey("abd") != SHA256.inlineKey("abc"))
    }
}
