/// Finds the full names of people where the text introduces one: after a role word (申请人王建国,
/// 民警李强称, 第三人：赵丽华, 其子刘洋), or before 先生 / 女士 / 同志, and further names of a
/// list (申请人王建国、李秀英). A name is a surname from `ChineseNames` and one or two more
/// characters, followed by punctuation, the end of the text or a word such as 向, 称, 诉, 要求.
///
/// What it does not catch: names with no role word or title beside them (王建国来电), rare
/// surnames left out of the list, given names containing a character of
/// `ChineseNames.nonNameCharacters`, and names in Latin letters. 某 forms (张某, 王某某) are
/// anonymised already and never reported.
struct NameMatcher {
    let characters: [Character]

    /// The character ranges of every name found, in order, not overlapping.
    func ranges() -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = 0
        while index < characters.count {
            if let role = roleWord(endingAfter: index), var name = name(after: role) {
                found.append(name)
                // A list of names: 王建国、李秀英和赵丽华.
                while name.upperBound < characters.count, "、和与及,，".contains(characters[name.upperBound]),
                    let next = candidate(at: name.upperBound + 1)
                {
                    found.append(next)
                    name = next
                }
                index = name.upperBound
                continue
            }
            index += 1
        }
        found += titledNames().filter { title in !found.contains { $0.overlaps(title) } }
        return found.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// The end of a role word that starts at `index`, or nil.
    private func roleWord(endingAfter index: Int) -> Int? {
        ChineseNames.roleWordList.word(in: characters, at: index).map { index + $0.count }
    }

    /// A name after a role word, skipping a colon, space, quotation mark or 为/是/系.
    private func name(after position: Int) -> Range<Int>? {
        var cursor = position
        var skipped = 0
        while cursor < characters.count, skipped < 2, ":：（(“\" 　为是系叫".contains(characters[cursor]) {
            cursor += 1
            skipped += 1
        }
        return candidate(at: cursor)
    }

    /// A surname and one or two given-name characters at `start`, followed by a boundary or follower.
    func candidate(at start: Int) -> Range<Int>? {
        guard start < characters.count else { return nil }
        var surnameLength = 0
        if start + 1 < characters.count, ChineseNames.compoundSurnames.contains(String(characters[start...(start + 1)])) {
            surnameLength = 2
        } else if ChineseNames.surnames.contains(characters[start]) {
            surnameLength = 1
        }
        guard surnameLength > 0 else { return nil }
        for given in [2, 1] {
            let end = start + surnameLength + given
            guard end <= characters.count else { continue }
            let givenName = characters[(start + surnameLength)..<end]
            guard givenName.allSatisfy({ ChineseNames.isHan($0) && !ChineseNames.nonNameCharacters.contains($0) }),
                givenName.first != characters[start + surnameLength - 1]  // 迟迟, 常常: a reduplicated word, not 迟 + name
            else { continue }
            if end == characters.count || ChineseNames.isBoundary(characters[end]) || ChineseNames.followers.contains(characters[end]) {
                return start..<end
            }
        }
        return nil
    }

    /// Names right before 先生, 女士, 同志 or 老人 (王建国先生), two or three characters.
    private func titledNames() -> [Range<Int>] {
        let titles: [[Character]] = ["先生", "女士", "同志", "老人", "老先生"].map { Array($0) }
        var found: [Range<Int>] = []
        for index in 2..<max(characters.count, 2) {
            guard titles.contains(where: { index + $0.count <= characters.count && characters[index..<(index + $0.count)].elementsEqual($0) })
            else { continue }
            for length in [3, 2] where index >= length {
                let start = index - length
                // 向李明女士: a function word before a two-character name is not its surname.
                if length == 3, ChineseNames.followers.contains(characters[start]) { continue }
                if let name = candidate(at: start), name.upperBound == index {
                    found.append(name)
                    break
                }
            }
        }
        return found
    }
}
