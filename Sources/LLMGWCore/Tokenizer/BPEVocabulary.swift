import LLMGWTokenizerData

/// A byte-pair-encoding vocabulary: token bytes by rank, and an open-addressing hash table from
/// bytes to rank, built once from a packed vocabulary in read-only data.
final class BPEVocabulary: Sendable {
    /// The number of ranks (`0..<count`).
    let count: Int
    /// Every token's bytes, concatenated in rank order.
    private let bytes: [UInt8]
    /// Where each rank's bytes start in `bytes`; `count + 1` entries.
    private let offsets: [UInt32]
    /// Slots of `hash high 32 bits << 32 | rank + 1`; 0 marks an empty slot.
    private let slots: [UInt64]
    /// `slots.count - 1`; the table size is a power of two.
    private let mask: Int
    /// The rank of each single byte.
    let byteRanks: [UInt32]

    /// Unpacks a vocabulary in the format `Scripts/generate-tokenizer-data` writes.
    /// - Parameters:
    ///   - packed: for each token, one character holding `length - 1`, then its bytes as U+0000...U+00FF.
    ///   - count: the number of tokens in `packed`.
    init(packed: StaticString, count: Int) {
        let table = VocabularyTable(packed: packed, count: count)
        precondition(!table.byteRanks.contains(UInt32.max), "a byte-level BPE vocabulary has a token for every byte")
        self.count = count
        self.bytes = table.bytes
        self.offsets = table.offsets
        self.slots = table.slots
        self.mask = table.slots.count - 1
        self.byteRanks = table.byteRanks
    }

    /// The rank of the token whose bytes are `start[0..<length]`, or `UInt32.max` when there is none.
    @inline(__always)
    func rank(_ start: UnsafePointer<UInt8>, _ length: Int) -> UInt32 {
        if length == 1 { return byteRanks[Int(start.pointee)] }
        let hash = VocabularyTable.hash(start, length)
        let tag = hash & 0xFFFF_FFFF_0000_0000
        return slots.withUnsafeBufferPointer { slots in
            bytes.withUnsafeBufferPointer { all in
                offsets.withUnsafeBufferPointer { offsets in
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    while true {
                        let entry = slots[slot]
                        if entry == 0 { return UInt32.max }
                        if entry & 0xFFFF_FFFF_0000_0000 == tag {
                            let rank = Int(entry & 0xFFFF_FFFF) - 1
                            let tokenStart = Int(offsets[rank])
                            if Int(offsets[rank + 1]) - tokenStart == length
                                && memoryEqual(all.baseAddress! + tokenStart, start, length)
                            {
                                return UInt32(rank)
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// The bytes of the token with this rank.
    func tokenBytes(_ rank: Int) -> ArraySlice<UInt8> {
        bytes[Int(offsets[rank])..<Int(offsets[rank + 1])]
    }
}

/// Whether `length` bytes at `left` and `right` are equal.
@inline(__always)
private func memoryEqual(_ left: UnsafePointer<UInt8>, _ right: UnsafePointer<UInt8>, _ length: Int) -> Bool {
    var index = 0
    while index < length {
        if left[index] != right[index] { return false }
        index += 1
    }
    return true
}
