/// A binary min-heap of `UInt64` keys, for ``BytePairMerger``'s long pieces.
struct MinHeap {
    /// The keys, in heap order.
    var storage: [UInt64]

    /// A heap of the keys in `storage`, in any order.
    init(storage: [UInt64]) {
        self.storage = storage
        heapify()
    }

    /// Pushes a key.
    @inline(__always)
    mutating func push(_ key: UInt64) {
        storage.append(key)
        var child = storage.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            if storage[parent] <= storage[child] { break }
            storage.swapAt(parent, child)
            child = parent
        }
    }

    /// Removes and returns the smallest key, or `nil` when empty.
    @inline(__always)
    mutating func popMinimum() -> UInt64? {
        guard let last = storage.popLast() else { return nil }
        guard !storage.isEmpty else { return last }
        let minimum = storage[0]
        storage[0] = last
        siftDown(0)
        return minimum
    }

    /// Restores heap order over the whole storage.
    private mutating func heapify() {
        var index = storage.count / 2
        while index > 0 {
            index -= 1
            siftDown(index)
        }
    }

    @inline(__always)
    private mutating func siftDown(_ start: Int) {
        var parent = start
        let count = storage.count
        while true {
            let left = 2 * parent + 1
            if left >= count { return }
            var smallest = left
            if left + 1 < count, storage[left + 1] < storage[left] { smallest = left + 1 }
            if storage[parent] <= storage[smallest] { return }
            storage.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
