/// Merges the bytes of one piece into tokens the way tiktoken does: repeatedly the adjacent pair
/// with the lowest rank, the leftmost on a tie, until no pair is in the vocabulary.
///
/// Short pieces use tiktoken's own linear scan; long ones (runs of whitespace, text without
/// spaces) a heap, which gives the same merges in `O(n log n)`. Keep one merger per encode call:
/// it reuses its scratch buffers.
struct BytePairMerger {
    /// Pieces at least this long (in bytes) use the heap.
    static let heapThreshold = 64

    /// The vocabulary.
    let vocabulary: BPEVocabulary
    /// Linear scan: each part's start offset and the rank of the pair it starts.
    private var partStarts: [Int] = []
    private var partRanks: [UInt32] = []
    /// Heap merge: per byte offset, the next and previous live part and the rank of its pair.
    private var next: [Int32] = []
    private var previous: [Int32] = []
    private var pairRanks: [UInt32] = []
    private var heap: [UInt64] = []

    /// A merger over `vocabulary`.
    init(vocabulary: BPEVocabulary) {
        self.vocabulary = vocabulary
    }

    /// Emits the tokens of `piece` (`count` bytes at `start`) into `sink`.
    @inline(__always)
    mutating func encode<Sink: TokenSink>(_ start: UnsafePointer<UInt8>, _ count: Int, into sink: inout Sink) {
        let whole = vocabulary.rank(start, count)
        if whole != UInt32.max {
            sink.append(whole)
        } else if count < Self.heapThreshold {
            mergeLinear(start, count, into: &sink)
        } else {
            mergeWithHeap(start, count, into: &sink)
        }
    }

    /// tiktoken's `_byte_pair_merge`: a linear scan for the lowest rank after every merge.
    mutating func mergeLinear<Sink: TokenSink>(_ start: UnsafePointer<UInt8>, _ count: Int, into sink: inout Sink) {
        partStarts.removeAll(keepingCapacity: true)
        partRanks.removeAll(keepingCapacity: true)
        for index in 0..<(count - 1) {
            partStarts.append(index)
            partRanks.append(vocabulary.rank(start + index, 2))
        }
        partStarts.append(count - 1)
        partRanks.append(UInt32.max)
        partStarts.append(count)
        partRanks.append(UInt32.max)
        let vocabulary = self.vocabulary
        partStarts.withUnsafeMutableBufferPointer { starts in
            partRanks.withUnsafeMutableBufferPointer { ranks in
                var parts = starts.count
                /// The rank of parts `index` and `index + 1` merged, once `index + 1` is gone.
                func rankAfterMerge(_ index: Int) -> UInt32 {
                    guard index + 3 < parts else { return UInt32.max }
                    return vocabulary.rank(start + starts[index], starts[index + 3] - starts[index])
                }
                while true {
                    var minimum = UInt32.max
                    var at = 0
                    for index in 0..<(parts - 1) where ranks[index] < minimum {
                        minimum = ranks[index]
                        at = index
                    }
                    if minimum == UInt32.max { break }
                    if at > 0 { ranks[at - 1] = rankAfterMerge(at - 1) }
                    ranks[at] = rankAfterMerge(at)
                    for index in (at + 1)..<(parts - 1) {
                        starts[index] = starts[index + 1]
                        ranks[index] = ranks[index + 1]
                    }
                    parts -= 1
                }
                for index in 0..<(parts - 1) {
                    sink.append(vocabulary.rank(start + starts[index], starts[index + 1] - starts[index]))
                }
            }
        }
    }

    /// The same merges with a binary heap of `(rank, offset)` and a linked list of parts.
    mutating func mergeWithHeap<Sink: TokenSink>(_ start: UnsafePointer<UInt8>, _ count: Int, into sink: inout Sink) {
        next.removeAll(keepingCapacity: true)
        previous.removeAll(keepingCapacity: true)
        pairRanks.removeAll(keepingCapacity: true)
        heap.removeAll(keepingCapacity: true)
        for index in 0..<count {
            next.append(Int32(index + 1))
            previous.append(Int32(index - 1))
            let rank = index + 1 < count ? vocabulary.rank(start + index, 2) : UInt32.max
            pairRanks.append(rank)
            if rank != UInt32.max { heap.append(UInt64(rank) << 32 | UInt64(index)) }
        }
        var queue = MinHeap(storage: heap)
        let vocabulary = self.vocabulary
        next.withUnsafeMutableBufferPointer { next in
            previous.withUnsafeMutableBufferPointer { previous in
                pairRanks.withUnsafeMutableBufferPointer { pairRanks in
                    /// The rank of the pair that starts at live part `part`.
                    func pairRank(_ part: Int) -> UInt32 {
                        let second = Int(next[part])
                        guard second < count else { return UInt32.max }
                        return vocabulary.rank(start + part, Int(next[second]) - part)
                    }
                    while let entry = queue.popMinimum() {
                        let rank = UInt32(entry >> 32)
                        let part = Int(entry & 0xFFFF_FFFF)
                        guard pairRanks[part] == rank else { continue }  // a pair that has changed since
                        let removed = Int(next[part])
                        next[part] = next[removed]
                        if Int(next[removed]) < count { previous[Int(next[removed])] = Int32(part) }
                        pairRanks[removed] = UInt32.max
                        pairRanks[part] = pairRank(part)
                        if pairRanks[part] != UInt32.max { queue.push(UInt64(pairRanks[part]) << 32 | UInt64(part)) }
                        let before = Int(previous[part])
                        if before >= 0 {
                            pairRanks[before] = pairRank(before)
                            if pairRanks[before] != UInt32.max {
                                queue.push(UInt64(pairRanks[before]) << 32 | UInt64(before))
                            }
                        }
                    }
                    var part = 0
                    while part < count {
                        let end = Int(next[part])
                        sink.append(vocabulary.rank(start + part, end - part))
                        part = end
                    }
                }
            }
        }
        heap = queue.storage
    }
}
