/// Finds addresses down to the house number, building or room: a place name ending in a road,
/// lane, village or estate word (福州路, 幸福新村, 阳光小区) followed by numbered units (123弄,
/// 4号, 3号楼, 2单元, 502室), or — without a place name — two or more numbered units ending in a
/// building, floor or room (3号楼502室, 5幢1201室).
///
/// The place name is read back to the nearest punctuation or introducing word (住, 址, 位于, 在 …),
/// at most 16 characters. Not caught: addresses without any number (住在福州路附近), numbers in
/// Chinese numerals after a place name only when a unit follows (福州路一二三号 is caught,
/// 福州路一二三 is not). An address whose place name contains 某 (某小区3号楼) is anonymised
/// already and not reported. Document numbers (〔2021〕第12号, 沪0104行初123号) have no place word
/// before them and are left alone.
struct AddressMatcher {
    let characters: [Character]

    private static let placeSuffixes: [[Character]] = [
        "大街", "大道", "胡同", "小区", "公寓", "大厦", "新村", "花园", "广场", "家园", "公馆", "宿舍", "社区", "路", "街", "道", "巷",
        "弄", "村", "镇", "乡", "里", "坊", "苑", "园", "庄", "湾", "邸",
    ].map { Array($0) }
    private static let units: [[Character]] = [
        "号楼", "号院", "号房", "支弄", "单元", "号", "弄", "巷", "幢", "栋", "座", "楼", "层", "室", "户", "组",
    ].map { Array($0) }
    private static let inner: [[Character]] = ["号楼", "幢", "栋", "座", "单元", "楼", "层", "室", "户"].map { Array($0) }
    private static let introducers: Set<Character> = Set("住址在于到至为是往家的从位居")
    private static let chineseDigits: Set<Character> = Set("〇零一二三四五六七八九十百")

    /// The character ranges of every address found, in order.
    func ranges() -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = 0
        while index < characters.count {
            guard index == 0 || !isNumber(characters[index - 1]), isNumber(characters[index]),
                let (end, unitCount) = chain(from: index)
            else {
                index += 1
                continue
            }
            let start = placeStart(before: index)
            let anchored = start < index
            let lastUnit = lastUnitIsInner(end: end)
            if (anchored || (unitCount >= 2 && lastUnit)), !characters[start..<end].contains("某") {
                found.append(start..<end)
            }
            index = end
        }
        return found
    }

    private func isNumber(_ character: Character) -> Bool {
        (character.isASCII && character.isNumber) || Self.chineseDigits.contains(character)
    }

    /// Numbered units from `start`: `123弄4号502室` → its end and how many units.
    private func chain(from start: Int) -> (Int, Int)? {
        var cursor = start
        var count = 0
        while cursor < characters.count, isNumber(characters[cursor]) {
            var end = cursor
            let ascii = characters[cursor].isASCII
            while end < characters.count, isNumber(characters[end]), characters[end].isASCII == ascii {
                end += 1
            }
            if end < characters.count, characters[end] == "-", end + 1 < characters.count, isNumber(characters[end + 1]) {
                end += 1
                while end < characters.count, isNumber(characters[end]) { end += 1 }
            }
            guard let unit = Self.units.first(where: { matches($0, at: end) }) else { break }
            cursor = end + unit.count
            count += 1
        }
        return count > 0 ? (cursor, count) : nil
    }

    private func lastUnitIsInner(end: Int) -> Bool {
        Self.inner.contains { end >= $0.count && characters[(end - $0.count)..<end].elementsEqual($0) }
    }

    /// Where the place name before `position` starts (`position` itself when there is none).
    private func placeStart(before position: Int) -> Int {
        guard Self.placeSuffixes.contains(where: { position >= $0.count && characters[(position - $0.count)..<position].elementsEqual($0) })
        else { return position }
        var start = position
        while start > 0, position - start < 16 {
            let previous = characters[start - 1]
            guard ChineseNames.isHan(previous) || (previous.isASCII && previous.isLetter), !Self.introducers.contains(previous) else { break }
            start -= 1
        }
        return start
    }

    private func matches(_ word: [Character], at index: Int) -> Bool {
        index + word.count <= characters.count && characters[index..<(index + word.count)].elementsEqual(word)
    }
}
