/// Splits valid UTF-8 into the pieces an encoding's pre-tokenisation regex matches, by hand:
/// each alternative is a small scanner that reproduces the regex's leftmost-first, backtracking
/// result without a regex engine.
struct PieceScanner {
    /// The text, valid UTF-8.
    let text: UnsafeBufferPointer<UInt8>
    /// Which regex to reproduce.
    let pattern: PreTokenizerPattern

    /// The end of the piece that starts at `start` (`start < text.count`).
    @inline(__always)
    func pieceEnd(from start: Int) -> Int {
        switch pattern {
        case .cl100k: cl100kPieceEnd(from: start)
        case .o200k: o200kPieceEnd(from: start)
        }
    }

    /// The scalar value at `index` and its length in bytes.
    @inline(__always)
    func scalar(at index: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(text[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(text[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(text[index + 1] & 0x3F) << 6 | UInt32(text[index + 2] & 0x3F), 3)
        }
        let value =
            (lead & 0x07) << 18 | UInt32(text[index + 1] & 0x3F) << 12 | UInt32(text[index + 2] & 0x3F) << 6
            | UInt32(text[index + 3] & 0x3F)
        return (value, 4)
    }

    /// The classes of the scalar at `index` and its length in bytes; empty classes past the end.
    @inline(__always)
    func classes(at index: Int) -> (classes: ScalarClass, length: Int) {
        guard index < text.count else { return ([], 0) }
        let lead = text[index]
        if lead < 0x80 { return (ScalarClass.of(UInt32(lead)), 1) }
        let (value, length) = scalar(at: index)
        return (ScalarClass.of(value), length)
    }

    /// The end of the run of scalars that all have some class in `set`, from `index`.
    @inline(__always)
    func run(of set: ScalarClass, from index: Int) -> Int {
        var end = index
        while end < text.count {
            let (classes, length) = self.classes(at: end)
            if classes.isDisjoint(with: set) { break }
            end += length
        }
        return end
    }

    /// The end of the run of scalars that have none of the classes in `set`, from `index`.
    @inline(__always)
    func run(ofNone set: ScalarClass, from index: Int) -> Int {
        var end = index
        while end < text.count {
            let (classes, length) = self.classes(at: end)
            if !classes.isDisjoint(with: set) { break }
            end += length
        }
        return end
    }

    /// The end of the run of bytes in `bytes` (ASCII only), from `index`.
    @inline(__always)
    func run(ofBytes bytes: (UInt8, UInt8, UInt8), from index: Int) -> Int {
        var end = index
        while end < text.count, text[end] == bytes.0 || text[end] == bytes.1 || text[end] == bytes.2 { end += 1 }
        return end
    }

    /// The end of `'s|'t|'re|'ve|'m|'ll|'d` (case-insensitive) at `index`, or `nil`.
    ///
    /// Case-insensitive as the regex engine's simple case folding: `s` also matches `ſ` (U+017F).
    @inline(__always)
    func contractionEnd(at index: Int) -> Int? {
        guard index + 1 < text.count, text[index] == UInt8(ascii: "'") else { return nil }
        let first = text[index + 1] | 0x20
        switch first {
        case UInt8(ascii: "s"), UInt8(ascii: "t"), UInt8(ascii: "m"), UInt8(ascii: "d"):
            return text[index + 1] == first || text[index + 1] == first & ~0x20 ? index + 2 : nil
        case UInt8(ascii: "l"), UInt8(ascii: "v"), UInt8(ascii: "r"):
            guard text[index + 1] == first || text[index + 1] == first & ~0x20, index + 2 < text.count else {
                return nil
            }
            let second = text[index + 2]
            let expected: UInt8 = first == UInt8(ascii: "l") ? UInt8(ascii: "l") : UInt8(ascii: "e")
            return second == expected || second == expected & ~0x20 ? index + 3 : nil
        default:
            // ſ (U+017F, LATIN SMALL LETTER LONG S) folds to `s`.
            if text[index + 1] == 0xC5, index + 2 < text.count, text[index + 2] == 0xBF { return index + 3 }
            return nil
        }
    }

    /// The whitespace alternatives shared by both patterns, for a whitespace run at `start`:
    /// `\s*[\r\n]+` (cl100k: `\s*[\r\n]`), then `\s+(?!\S)`, then `\s+` (cl100k: `\s`).
    /// - Parameter singleFallback: cl100k's last alternative is one `\s`; o200k's is `\s+`.
    @inline(__always)
    func whitespaceEnd(from start: Int, endOfTextTakesAll: Bool, singleFallback: Bool) -> Int {
        var end = start
        var lastLineBreakEnd = -1
        var lastScalarStart = start
        var scalars = 0
        while end < text.count {
            let (classes, length) = self.classes(at: end)
            if !classes.contains(.whitespace) { break }
            if classes.contains(.lineBreak) { lastLineBreakEnd = end + length }
            lastScalarStart = end
            scalars += 1
            end += length
        }
        if end == text.count && endOfTextTakesAll { return end }
        if lastLineBreakEnd != -1 { return lastLineBreakEnd }
        if end == text.count { return end }
        if scalars >= 2 { return lastScalarStart }
        return singleFallback ? start + classes(at: start).length : end
    }
}
