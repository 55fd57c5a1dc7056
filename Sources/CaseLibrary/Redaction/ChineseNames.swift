/// The word lists that tell where a text names a person: surnames, the role words that introduce
/// a name (申请人, 民警 …), the words that follow one, and characters never found in a given name.
///
/// The lists are deliberately conservative: a surname that is also a common function word (和, 由,
/// 但, 国, 平, 海 …) is left out, so `申请人和第三人` is not read as a name.
enum ChineseNames {
    /// Common single-character surnames.
    static let surnames: Set<Character> = Set(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余于杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚舒阮柯纪梅童凌毕季裴霍涂成苗谷盛曲翁冉骆蓝游辛靳管柴蒙鲍华喻祁蒲房滕屈饶牟艾尤阳穆农卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池麻苑迟邝匡鞠惠荆冀郁胥储栗燕楚鄢劳谌奚皮粟冼蔺楼厉伊仝郜阚帅屠朴盖练禹祖漆卿狄宣扈晁芮阙戈伏鹿薄邸雍辜裘亓邰赫杭况逯隆茹诸慕亢嵇湛宾戎茅揭尉冶檀昝奉")

    /// Two-character surnames.
    static let compoundSurnames: Set<String> = [
        "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙", "夏侯", "长孙", "宇文", "司徒", "端木", "澹台",
    ]

    /// Words after which a person's name may follow (longest first when matching).
    /// The role words as a ``WordList`` (same order).
    static let roleWordList = WordList(roleWords)

    static let roleWords: [[Character]] = [
        "被上诉人", "复议申请人", "委托代理人", "违法行为人", "法定代表人", "犯罪嫌疑人", "工作人员", "申请人", "第三人", "上诉人",
        "当事人", "代理人", "被侵害人", "被害人", "受害人", "被处罚人", "报警人", "举报人", "投诉人", "信访人", "嫌疑人",
        "经办人", "承办人", "联系人", "负责人", "签收人", "原告", "被告", "民警", "辅警", "警官", "警员", "律师", "证人", "户主",
        "姓名", "名叫", "名为", "其子", "其女", "其父", "其母", "之子", "之女", "儿子", "女儿", "父亲", "母亲", "丈夫", "妻子",
        "配偶", "前妻", "前夫", "祖父", "祖母", "外公", "外婆", "邻居", "同事", "所长", "队长", "科长", "局长", "主任",
    ].map { Array($0) }.sorted { $0.count > $1.count }

    /// Words after which a name ends: a name is only read when one of these (or punctuation, or
    /// the end of the text) follows it.
    static let followers: Set<Character> = Set(
        "向于在对因称诉与和及等的系是为自从到将把被曾已又也均都之所本家以即就并或通经持携驾来去前后说表认提要申反签拒不未没先女同老警律夫妻之父母儿子作出到拨致多次两三一现书共名代证陪带找给补办回答交缴退搬住")

    /// Characters that do not occur in the given names this scanner reads (so `申请人向分局` or
    /// `申请人陈述称` is not a name).
    static let nonNameCharacters: Set<Character> = Set(
        "某局所机关府院队部门公开申请信息政法人其本该的了是在对向于与和及等要求提出认为称诉不服已又也均都曾将把被从自到当日月年时次多述位面家度上下中内外前后处依按以即系就再并或且而因由此这那些个件份项条款号室楼区市省县镇村路街道分派警案事情况决定书复议审判查询记录告知答材料容相意见单户籍档管执行罚拘留同问题全部有无没得能可应须给让使共证码电话手地址住作业务说方式读辆屋额括排果够何理围独除庇串合工用传")

    /// Characters that are punctuation or spacing, ending a name.
    static func isBoundary(_ character: Character) -> Bool {
        character.isPunctuation || character.isWhitespace || character.isSymbol || "“”‘’\"'（）()《》【】".contains(character)
    }

    /// Whether a character is a CJK ideograph.
    static func isHan(_ character: Character) -> Bool {
        guard let value = character.unicodeScalars.first?.value, character.unicodeScalars.count == 1 else { return false }
        return (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
    }
}
