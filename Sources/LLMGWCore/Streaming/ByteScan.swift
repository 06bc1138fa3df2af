/// Finds bytes eight at a time (SWAR): the SSE and JSON hot paths spend most of their time
/// looking for the next line break or the end of a string.
enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether any byte of `word` is zero.
    @inline(__always)
    private static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- ones) & ~word & highs != 0
    }

    /// Whether any byte of `word` equals `byte`.
    @inline(__always)
    private static func has(_ word: UInt64, _ byte: UInt8) -> Bool {
        hasZeroByte(word ^ (ones &* UInt64(byte)))
    }

    /// Whether any byte of `word` is below `limit` (`limit` ≤ 128).
    @inline(__always)
    private static func hasLess(_ word: UInt64, _ limit: UInt8) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highs != 0
    }

    @inline(__always)
    private static func word(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self))
    }

    /// The index of the first CR or LF at or after `start`, or `buffer.count`.
    static func lineBreak(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        let count = buffer.count
        while index + 8 <= count {
            let word = word(buffer, at: index)
            if has(word, 0x0A) || has(word, 0x0D) { break }
            index += 8
        }
        while index < count {
            let byte = buffer[index]
            if byte == 0x0A || byte == 0x0D { return index }
            index += 1
        }
        return count
    }

    /// The index of the first `"`, `\` or control byte at or after `start`, or `buffer.count`.
    static func stringSpecial(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        let count = buffer.count
        while index + 8 <= count {
            let word = word(buffer, at: index)
            if has(word, 0x22) || has(word, 0x5C) || hasLess(word, 0x20) { break }
            index += 8
        }
        while index < count {
            let byte = buffer[index]
            if byte == 0x22 || byte == 0x5C || byte < 0x20 { return index }
            index += 1
        }
        return count
    }
}
