# Synthetic JSONL for Tools/faults: CASES cases (and one outcome per case), no real names
# (张某, 李某, 某公司). ROUND is written into every text, so a new round changes every record.
# OUTCOMES_FIRST=1 lists the outcomes before their cases (the order that once broke import).
# Usage: awk -v CASES=2000 -v PREFIX=G -v ROUND=0 -v OUTCOMES_FIRST=0 -f generate.awk
function pad(n) { return sprintf("%05d", n) }
function caseLine(n,   id, cat) {
    id = PREFIX "-" pad(n)
    cat = categories[n % 6]
    return "{\"id\":\"" id "\",\"kind\":\"case\",\"title\":\"申请公开某公司第" n "号" cat "材料案\",\"year\":" (2015 + n % 10) \
        ",\"unit\":\"" units[n % 4] "\",\"applicant_type\":\"自然人\",\"category\":\"" cat "\"," \
        "\"request\":\"张某申请公开派出所对某公司作出的第" n "号决定及其送达回证，并要求说明李某的举报处理情况。轮次" ROUND "\"," \
        "\"response\":\"部分公开\",\"analysis\":\"" analysis " 第" n "号，轮次" ROUND "。\"," \
        "\"review\":{\"status\":\"reviewed\",\"secrecy_checked\":true},\"publishable\":true}"
}
function outcomeLine(n) {
    return "{\"id\":\"" PREFIX "O-" pad(n) "\",\"kind\":\"outcome\",\"case\":\"" PREFIX "-" pad(n) "\",\"stage\":\"行政复议\"," \
        "\"body\":\"某区人民政府\",\"date\":\"2020-06-01\",\"result\":\"维持\",\"summary\":\"复议机关认为答复程序合法，轮次" ROUND "，决定维持。\"}"
}
BEGIN {
    split("行政处罚类 户籍类 交通管理类 出入境类 治安管理类 历史信息类", list, " ")
    for (i = 1; i <= 6; i++) categories[i - 1] = list[i]
    split("市局 徐汇分局 浦东分局 黄浦分局", unitList, " ")
    for (i = 1; i <= 4; i++) units[i - 1] = unitList[i]
    analysis = ""
    for (i = 0; i < 12; i++) analysis = analysis "会商认为，涉及第三方个人信息的内容应当区分处理，征求第三方意见后依法答复，并告知申请人救济途径。"
    if (OUTCOMES_FIRST) { for (n = 1; n <= CASES; n++) print outcomeLine(n) }
    for (n = 1; n <= CASES; n++) print caseLine(n)
    if (!OUTCOMES_FIRST) { for (n = 1; n <= CASES; n++) print outcomeLine(n) }
}
