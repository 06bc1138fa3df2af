extension ProviderClient {
    /// Reads up to ``errorBodyLimit`` bytes of an error body; a body that fails midway keeps what came.
    static func readErrorBody(_ response: HTTPResponse) async -> [UInt8] {
        var collected: [UInt8] = []
        do {
            for try await chunk in response.body {
                collected.append(contentsOf: chunk.prefix(errorBodyLimit - collected.count))
                if collected.count >= errorBodyLimit { break }
            }
        } catch {
            // Decode what arrived: the status alone still classifies the error.
        }
        return collected
    }
}
