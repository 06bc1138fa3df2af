/// Masks secrets in text that leaves the process: log lines, errors, header dumps, JSON.
public enum Redactor {
    /// Header names whose values are secrets, lower-cased.
    public static let secretHeaders: Set<String> = [
        "authorization", "x-api-key", "api-key", "x-goog-api-key", "proxy-authorization", "cookie", "set-cookie",
    ]

    /// A secret shown as its first few characters and last four, or only stars when short.
    public static func mask(_ secret: String) -> String {
        let characters = Array(secret)
        guard characters.count >= 12 else { return String(repeating: "*", count: max(characters.count, 3)) }
        let prefixLength = min(characters.count >= 20 ? 7 : 3, characters.count - 8)
        return String(characters[..<prefixLength]) + "…" + String(characters.suffix(4))
    }

    /// The value of a header, masked when the header carries a secret.
    public static func headerValue(name: String, value: String) -> String {
        guard secretHeaders.contains(name.lowercased()) else { return value }
        if let space = value.firstIndex(of: " "), value[..<space].lowercased() == "bearer" {
            return "Bearer " + mask(String(value[value.index(after: space)...]))
        }
        return mask(value)
    }

    /// A URL with the values of `key=` and other secret query parameters masked.
    public static func url(_ url: String) -> String {
        guard let question = url.firstIndex(of: "?") else { return url }
        let base = url[..<question]
        let query = url[url.index(after: question)...]
        let parts = query.split(separator: "&", omittingEmptySubsequences: false).map { part -> String in
            guard let equals = part.firstIndex(of: "=") else { return String(part) }
            let name = part[..<equals].lowercased()
            guard ["key", "api_key", "api-key", "apikey", "access_token", "token"].contains(name) else {
                return String(part)
            }
            return part[...equals] + mask(String(part[part.index(after: equals)...]))
        }
        return base + "?" + parts.joined(separator: "&")
    }

    /// Text with every occurrence of the given secrets replaced by their masked form.
    public static func text(_ text: String, secrets: [String]) -> String {
        var result = text
        for secret in secrets where secret.count >= 4 {
            result = result.replacing(secret, with: mask(secret))
        }
        return result
    }
}
