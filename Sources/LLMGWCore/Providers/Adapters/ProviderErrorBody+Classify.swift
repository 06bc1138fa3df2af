import struct Foundation.TimeInterval

extension ProviderErrorBody {
    /// Maps an error response to a typed error, by status first and by the body where it says more.
    ///
    /// A 409 becomes ``ProviderError/server(status:message:)``: it is a conflict on the provider's
    /// side (a lock, a concurrent update) that the official SDKs retry, and `.server` is the
    /// retryable case that keeps the status. A 408 is a ``ProviderError/timeout(message:)``.
    /// - Parameters:
    ///   - status: the HTTP status (for a mid-stream error, the status the body implies).
    ///   - headers: the response headers, for `retry-after`.
    ///   - api: the API's name for the message (`OpenAI API`).
    ///   - inBody: whether the error arrived inside a 200 response (a stream event or a body).
    func providerError(status: Int, headers: HTTPHeaders, api: String, inBody: Bool = false) -> ProviderError {
        let codeText = [code, type].compactMap { $0 }.first { !$0.isEmpty && Int($0) == nil }.map { " \($0)" } ?? ""
        let origin = inBody ? "\(api) sent an error inside a successful response" : "\(api) returned HTTP \(status)"
        let text = message.isEmpty ? "no error message" : message
        let detail = "\(origin)\(codeText): \(text)\(text.last.map { ".!?…".contains($0) } == true ? "" : ".")"
        let retryAfter = RetryAfter.seconds(from: headers) ?? bodyRetryDelay
        let words = [message, code ?? "", type ?? ""].joined(separator: " ").lowercased()

        if (400..<500).contains(status) || inBody, Self.saysContextLength(words) {
            return .contextLengthExceeded(
                message: detail + " Shorten the prompt, lower max tokens or use a model with a larger context window.")
        }
        if (400..<500).contains(status), saysInvalidKey(words) {
            return .authentication(message: detail + " Check the API key (llmgw keys test).")
        }
        if [400, 402, 403, 429].contains(status), Self.saysQuota(words) {
            return .quotaExceeded(message: detail + " Add credit or raise the spending limit; retrying will not help.")
        }
        switch status {
        case 401:
            return .authentication(message: detail + " Check the API key (llmgw keys test).")
        case 402:
            return .quotaExceeded(message: detail + " Add credit or raise the spending limit; retrying will not help.")
        case 403:
            return .permission(message: detail + " The key may not use this model, region or feature.")
        case 404:
            return .notFound(message: detail + " Check the model name and the base URL.")
        case 408:
            return .timeout(message: detail + " The provider timed out; retry the call.")
        case 409:
            return .server(status: status, message: detail + " The provider reported a conflict; retry the call.")
        case 429:
            return .rateLimited(message: detail + Self.waitHint(retryAfter), retryAfter: retryAfter)
        case 400..<500:
            return .badRequest(message: detail + " Fix the request or drop the option the provider rejects.")
        case 503, 529:
            return .overloaded(message: detail + Self.waitHint(retryAfter), retryAfter: retryAfter)
        case 500..<600:
            return .server(status: status, message: detail + " The provider failed; retry or fall back.")
        default:
            return .server(status: status, message: detail + " This status is not an answer llmgw understands.")
        }
    }

    /// A Gemini `google.rpc.RetryInfo` delay (`"retryDelay":"30s"`) from the body's details.
    var bodyRetryDelay: TimeInterval? {
        guard let details = json?["error"]?["details"]?.arrayValue else { return nil }
        for detail in details {
            guard let delay = detail["retryDelay"]?.stringValue, delay.hasSuffix("s") else { continue }
            if let seconds = RetryAfter.parseNumber(String(delay.dropLast())) { return seconds }
        }
        return nil
    }

    /// Whether the text says the prompt does not fit the model's context window.
    static func saysContextLength(_ words: String) -> Bool {
        let phrases = [
            "context_length_exceeded", "context length", "context window", "prompt is too long",
            "maximum number of tokens allowed", "input token count", "too many tokens", "string_above_max_length",
            "exceeds the context", "reduce the length of the messages",
        ]
        return phrases.contains { words.contains($0) }
    }

    /// Whether the text says the account is out of quota or credit, which retrying does not fix.
    static func saysQuota(_ words: String) -> Bool {
        let phrases = [
            "insufficient_quota", "billing_error", "enforced_spend_limit_reached", "credit balance is too low",
            "insufficient credits",
        ]
        // Gemini: billing not enabled is a 400 FAILED_PRECONDITION. (Its 429 messages mention billing
        // even for per-minute limits, so "billing" alone does not mean quota.)
        if words.contains("failed_precondition") && words.contains("billing") { return true }
        return phrases.contains { words.contains($0) }
    }

    /// Whether the body says the key itself is invalid (Gemini answers 400 `API_KEY_INVALID`).
    private func saysInvalidKey(_ words: String) -> Bool {
        if words.contains("api_key_invalid") || words.contains("api key not valid") || words.contains("invalid_api_key")
        {
            return true
        }
        return json.map { $0.serialized().contains("API_KEY_INVALID") } ?? false
    }

    private static func waitHint(_ retryAfter: TimeInterval?) -> String {
        guard let retryAfter else { return " Wait and retry, or lower the request rate." }
        let shown = retryAfter.rounded(.up) == retryAfter ? String(Int(retryAfter)) : String(retryAfter)
        return " The provider asks to wait \(shown) s before retrying."
    }
}
