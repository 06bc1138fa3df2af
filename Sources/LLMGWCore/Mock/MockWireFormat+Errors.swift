extension MockWireFormat {
    /// The error body this provider sends for `status`.
    func errorBody(status: Int, message: String, serial: String) -> [UInt8] {
        let body: JSONValue
        switch self {
        case .openai:
            let (type, code) = Self.openAIError(status)
            body = ["error": ["message": .string(message), "type": .string(type), "param": .null, "code": code]]
        case .anthropic:
            body = [
                "type": "error", "error": ["type": .string(Self.anthropicError(status)), "message": .string(message)],
                "request_id": .string("req_mock_" + serial),
            ]
        case .gemini:
            body = [
                "error": [
                    "code": .number(Double(status)), "message": .string(message),
                    "status": .string(Self.geminiStatus(status)),
                ]
            ]
        }
        return body.serializedBytes()
    }

    /// The message of an injected error.
    static func injectedMessage(_ status: Int) -> String {
        switch status {
        case 429: "Rate limit reached (injected by llmgw mock). Please try again in 1s."
        case 503, 529: "The server is overloaded (injected by llmgw mock). Please retry after a short wait."
        default: "Injected error \(status) from llmgw mock."
        }
    }

    private static func openAIError(_ status: Int) -> (type: String, code: JSONValue) {
        switch status {
        case 401: ("invalid_request_error", "invalid_api_key")
        case 403: ("invalid_request_error", "unsupported_country_region_territory")
        case 404: ("invalid_request_error", "model_not_found")
        case 429: ("requests", "rate_limit_exceeded")
        case 500...: ("server_error", .null)
        default: ("invalid_request_error", .null)
        }
    }

    private static func anthropicError(_ status: Int) -> String {
        switch status {
        case 401: "authentication_error"
        case 402: "billing_error"
        case 403: "permission_error"
        case 404: "not_found_error"
        case 413: "request_too_large"
        case 429: "rate_limit_error"
        case 504: "timeout_error"
        case 529, 503: "overloaded_error"
        case 500...: "api_error"
        default: "invalid_request_error"
        }
    }

    private static func geminiStatus(_ status: Int) -> String {
        switch status {
        case 400: "INVALID_ARGUMENT"
        case 401: "UNAUTHENTICATED"
        case 403: "PERMISSION_DENIED"
        case 404: "NOT_FOUND"
        case 409: "ABORTED"
        case 429: "RESOURCE_EXHAUSTED"
        case 499: "CANCELLED"
        case 501: "NOT_IMPLEMENTED"
        case 503: "UNAVAILABLE"
        case 504: "DEADLINE_EXCEEDED"
        case 500...: "INTERNAL"
        default: "FAILED_PRECONDITION"
        }
    }
}
