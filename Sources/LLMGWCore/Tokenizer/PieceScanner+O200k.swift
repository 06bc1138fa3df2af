extension PieceScanner {
    /// The end of the o200k_base piece at `start`, trying the alternatives in the regex's order:
    /// `[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|…)?`,
    /// `[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|…)?`,
    /// `\p{N}{1,3}`, ` ?[^\s\p{L}\p{N}]+[\r\n/]*`, `\s*[\r\n]+`, `\s+(?!\S)`, `\s+`.
    func o200kPieceEnd(from start: Int) -> Int {
        let (first, firstLength) = classes(at: start)
        let prefixAllowed = first.isDisjoint(with: [.lineBreak, .letter, .number])
        // The first letter alternative, with the optional prefix taken and then not.
        if prefixAllowed, let end = o200kLowerEndingWord(from: start + firstLength) { return end }
        if let end = o200kLowerEndingWord(from: start) { return end }
        // The second letter alternative, likewise.
        if prefixAllowed, let end = o200kUpperStartingWord(from: start + firstLength) { return end }
        if let end = o200kUpperStartingWord(from: start) { return end }
        // \p{N}{1,3}
        if first.contains(.number) {
            var end = start + firstLength
            for _ in 0..<2 {
                let (next, length) = classes(at: end)
                guard next.contains(.number) else { break }
                end += length
            }
            return end
        }
        // ' '?[^\s\p{L}\p{N}]+[\r\n/]*
        var symbolStart = start
        if text[start] == UInt8(ascii: " ") { symbolStart += 1 }
        if symbolStart < text.count, classes(at: symbolStart).classes.isDisjoint(with: [.whitespace, .letter, .number])
        {
            let end = run(ofNone: [.whitespace, .letter, .number], from: symbolStart)
            return run(ofBytes: (0x0D, 0x0A, UInt8(ascii: "/")), from: end)
        }
        // \s*[\r\n]+|\s+(?!\S)|\s+
        return whitespaceEnd(from: start, endOfTextTakesAll: false, singleFallback: false)
    }

    /// `[upper set]*[lower set]+` then an optional contraction at `index`, as the backtracking
    /// regex matches it: the longest upper-set run that still leaves one lower-set scalar.
    @inline(__always)
    private func o200kLowerEndingWord(from index: Int) -> Int? {
        var end = index
        var lastSharedStart = -1
        while end < text.count {
            let (classes, length) = self.classes(at: end)
            if !classes.contains(.upperSet) { break }
            if classes.contains(.lowerSet) { lastSharedStart = end }
            end += length
        }
        let lowerStart: Int
        if classes(at: end).classes.contains(.lowerSet) {
            lowerStart = end
        } else if lastSharedStart != -1 {
            lowerStart = lastSharedStart
        } else {
            return nil
        }
        let wordEnd = run(of: .lowerSet, from: lowerStart)
        return contractionEnd(at: wordEnd) ?? wordEnd
    }

    /// `[upper set]+[lower set]*` then an optional contraction at `index`.
    @inline(__always)
    private func o200kUpperStartingWord(from index: Int) -> Int? {
        let upperEnd = run(of: .upperSet, from: index)
        guard upperEnd > index else { return nil }
        let wordEnd = run(of: .lowerSet, from: upperEnd)
        return contractionEnd(at: wordEnd) ?? wordEnd
    }
}
