/// Which mock endpoint a request is for, picked from its method and path.
enum MockRoute: Sendable, Hashable {
    /// OpenAI `POST …/chat/completions` (also Azure deployment paths).
    case openAIChat
    /// Anthropic `POST …/messages`.
    case anthropicMessages
    /// Anthropic `POST …/messages/count_tokens`.
    case anthropicCountTokens
    /// Gemini `POST …/models/{model}:generateContent` or `:streamGenerateContent`.
    case geminiGenerate(model: String, stream: Bool)
    /// Gemini `POST …/models/{model}:countTokens`.
    case geminiCountTokens(model: String)
    /// `GET …/models` in the given format.
    case listModels(MockWireFormat)
    /// `GET …/models/{id}` in the given format.
    case getModel(MockWireFormat, id: String)
    /// `GET /health`.
    case health
    /// A path the mock does not serve.
    case notFound(MockWireFormat)
    /// A known path with the wrong method.
    case methodNotAllowed(MockWireFormat, allowed: String)

    /// The format errors on this route are written in.
    var format: MockWireFormat {
        switch self {
        case .openAIChat, .health: .openai
        case .anthropicMessages, .anthropicCountTokens: .anthropic
        case .geminiGenerate, .geminiCountTokens: .gemini
        case .listModels(let format), .getModel(let format, _), .notFound(let format),
            .methodNotAllowed(let format, _):
            format
        }
    }

    /// Picks the route for `request`.
    init(_ request: MockRequest) {
        var path = Substring(request.path)
        while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
        let method = request.method.uppercased()
        let isGeminiPath = path.hasPrefix("/v1beta/") || path.contains(":")
        let listFormat: MockWireFormat =
            isGeminiPath ? .gemini : (request.headers["anthropic-version"] != nil ? .anthropic : .openai)
        if path == "/health" || path == "/v1/health" {
            self = .health
        } else if path.hasSuffix("/chat/completions") {
            self = method == "POST" ? .openAIChat : .methodNotAllowed(.openai, allowed: "POST")
        } else if path.hasSuffix("/messages/count_tokens") {
            self = method == "POST" ? .anthropicCountTokens : .methodNotAllowed(.anthropic, allowed: "POST")
        } else if path.hasSuffix("/messages") {
            self = method == "POST" ? .anthropicMessages : .methodNotAllowed(.anthropic, allowed: "POST")
        } else if let target = Self.afterLast("/models/", in: path), target.contains(":") {
            let colon = target.lastIndex(of: ":")!
            let model = String(target[..<colon])
            let route: MockRoute
            switch target[target.index(after: colon)...] {
            case "generateContent": route = .geminiGenerate(model: model, stream: false)
            case "streamGenerateContent": route = .geminiGenerate(model: model, stream: true)
            case "countTokens": route = .geminiCountTokens(model: model)
            default: route = .notFound(.gemini)
            }
            if case .notFound = route {
                self = route
            } else {
                self = method == "POST" ? route : .methodNotAllowed(.gemini, allowed: "POST")
            }
        } else if path.hasSuffix("/models") {
            self = method == "GET" ? .listModels(listFormat) : .methodNotAllowed(listFormat, allowed: "GET")
        } else if let id = Self.afterLast("/models/", in: path).map(String.init) {
            self = method == "GET" ? .getModel(listFormat, id: id) : .methodNotAllowed(listFormat, allowed: "GET")
        } else {
            self = .notFound(isGeminiPath ? .gemini : .openai)
        }
    }

    /// The part of `path` after the last occurrence of `needle`, or `nil` when it does not occur.
    private static func afterLast(_ needle: String, in path: Substring) -> Substring? {
        let pattern = Array(needle.utf8)
        let bytes = path.utf8
        var index = bytes.endIndex
        while let start = bytes.index(index, offsetBy: -pattern.count, limitedBy: bytes.startIndex) {
            if bytes[start..<index].elementsEqual(pattern) { return Substring(path.utf8[index...]) }
            guard start > bytes.startIndex else { return nil }
            index = bytes.index(before: index)
        }
        return nil
    }
}
