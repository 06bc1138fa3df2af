extension PieceScanner {
    /// The end of the cl100k_base piece at `start`, trying the alternatives in the regex's order:
    /// `'(?i:[sdmt]|ll|ve|re)`, `[^\r\n\p{L}\p{N}]?+\p{L}++`, `\p{N}{1,3}+`,
    /// ` ?[^\s\p{L}\p{N}]++[\r\n]*+`, `\s++$`, `\s*[\r\n]`, `\s+(?!\S)`, `\s`.
    func cl100kPieceEnd(from start: Int) -> Int {
        if let end = contractionEnd(at: start) { return end }
        let (first, firstLength) = classes(at: start)
        // [^\r\n\p{L}\p{N}]?+\p{L}++
        if first.contains(.letter) { return run(of: .letter, from: start + firstLength) }
        if first.isDisjoint(with: [.lineBreak, .number]) {
            let (second, secondLength) = classes(at: start + firstLength)
            if second.contains(.letter) { return run(of: .letter, from: start + firstLength + secondLength) }
        }
        // \p{N}{1,3}+
        if first.contains(.number) {
            var end = start + firstLength
            for _ in 0..<2 {
                let (next, length) = classes(at: end)
                guard next.contains(.number) else { break }
                end += length
            }
            return end
        }
        // ' '?[^\s\p{L}\p{N}]++[\r\n]*+
        var symbolStart = start
        if text[start] == UInt8(ascii: " ") { symbolStart += 1 }
        if symbolStart < text.count, classes(at: symbolStart).classes.isDisjoint(with: [.whitespace, .letter, .number])
        {
            let end = run(ofNone: [.whitespace, .letter, .number], from: symbolStart)
            return run(ofBytes: (0x0D, 0x0A, 0x0A), from: end)
        }
        // \s++$|\s*[\r\n]|\s+(?!\S)|\s
        return whitespaceEnd(from: start, endOfTextTakesAll: true, singleFallback: true)
    }
}
