/// A packed vocabulary unpacked into flat arrays and an open-addressing hash table from token
/// bytes to rank. This target is compiled with optimisation even in debug builds (see
/// Package.swift), so unpacking takes milliseconds in tests and debug binaries too.
public struct VocabularyTable: Sendable {
    /// Every token's bytes, concatenated in rank order.
    public let bytes: [UInt8]
    /// Where each rank's bytes start in `bytes`; one more entry than there are tokens.
    public let offsets: [UInt32]
    /// Slots of `hash high 32 bits << 32 | rank + 1`; 0 marks an empty slot. A power of two long.
    public let slots: [UInt64]
    /// The rank of each single byte, or `UInt32.max` when a byte has no token.
    public let byteRanks: [UInt32]

    /// Unpacks a vocabulary in the format `Scripts/generate-tokenizer-data` writes: for each token,
    /// one character holding `length - 1`, then its bytes as the scalars U+0000...U+00FF.
    /// - Parameters:
    ///   - packed: the packed vocabulary.
    ///   - count: the number of tokens in it.
    public init(packed: StaticString, count: Int) {
        let source = UnsafeBufferPointer(start: packed.utf8Start, count: packed.utf8CodeUnitCount)
        var offsets = [UInt32](repeating: 0, count: count + 1)
        var byteCount = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: source.count) { output, initialized in
            var index = 0
            var rank = 0
            while index < source.count {
                offsets[rank] = UInt32(byteCount)
                rank += 1
                let length = Int(source[index]) + 1
                index += 1
                for _ in 0..<length {
                    let lead = source[index]
                    if lead < 0x80 {
                        output[byteCount] = lead
                        index += 1
                    } else {
                        output[byteCount] = (lead & 0x1F) << 6 | (source[index + 1] & 0x3F)
                        index += 2
                    }
                    byteCount += 1
                }
            }
            precondition(rank == count, "packed vocabulary holds \(rank) tokens, not \(count)")
            initialized = byteCount
        }
        offsets[count] = UInt32(byteCount)

        var capacity = 1
        while capacity < count * 2 { capacity <<= 1 }
        let mask = capacity - 1
        var slots = [UInt64](repeating: 0, count: capacity)
        var byteRanks = [UInt32](repeating: UInt32.max, count: 256)
        bytes.withUnsafeBufferPointer { all in
            for rank in 0..<count {
                let start = Int(offsets[rank])
                let length = Int(offsets[rank + 1]) - start
                if length == 1 { byteRanks[Int(all[start])] = UInt32(rank) }
                let hash = Self.hash(all.baseAddress! + start, length)
                var slot = Int(truncatingIfNeeded: hash) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(rank + 1)
            }
        }
        self.bytes = bytes
        self.offsets = offsets
        self.slots = slots
        self.byteRanks = byteRanks
    }

    /// The 64-bit hash of `length` bytes that `slots` is keyed by: 8-byte words mixed by multiplication.
    @inlinable @inline(__always)
    public static func hash(_ start: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = UInt64(length) &* multiplier
        var index = 0
        let raw = UnsafeRawPointer(start)
        while index + 8 <= length {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* multiplier
            hash ^= hash >> 32
            index += 8
        }
        if index < length {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while index < length {
                tail |= UInt64(start[index]) << shift
                shift += 8
                index += 1
            }
            hash = (hash ^ tail) &* multiplier
        }
        hash ^= hash >> 29
        hash = hash &* multiplier
        return hash ^ (hash >> 32)
    }
}
