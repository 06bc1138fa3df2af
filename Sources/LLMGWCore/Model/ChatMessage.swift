/// Who wrote a message in a conversation.
public enum ChatRole: String, Sendable, Hashable, Codable, CaseIterable {
    case system
    case user
    case assistant
    case tool
}

/// An image given to the model, by URL or inline.
public enum ImageSource: Sendable, Hashable {
    /// An `https:` URL the provider fetches itself.
    case url(String)
    /// Inline bytes, base64-encoded, with their media type (`image/png`, `image/jpeg`, …).
    case base64(mediaType: String, data: String)
}

/// One piece of a message's content.
public enum ContentPart: Sendable, Hashable {
    case text(String)
    case image(ImageSource)
}

/// A call the model asked for: a tool name and its arguments as JSON text.
public struct ToolCall: Sendable, Hashable {
    /// The provider's id for this call, echoed back in the tool result.
    public var id: String
    /// The function name.
    public var name: String
    /// The arguments, as the JSON text the model wrote.
    public var arguments: String

    public init(id: String, name: String, arguments: String) {
        self.id = id
        self.name = name
        self.arguments = arguments
    }
}

/// One message of a conversation, in no provider's format.
public struct ChatMessage: Sendable, Hashable {
    public var role: ChatRole
    public var content: [ContentPart]
    /// Tool calls made by an assistant message.
    public var toolCalls: [ToolCall]
    /// The call a `tool` message answers.
    public var toolCallID: String?
    /// The tool's name on a `tool` message (Gemini needs it).
    public var name: String?

    public init(
        role: ChatRole, content: [ContentPart], toolCalls: [ToolCall] = [], toolCallID: String? = nil,
        name: String? = nil
    ) {
        self.role = role
        self.content = content
        self.toolCalls = toolCalls
        self.toolCallID = toolCallID
        self.name = name
    }

    /// A message whose content is one piece of text.
    public static func text(_ role: ChatRole, _ text: String) -> ChatMessage {
        ChatMessage(role: role, content: [.text(text)])
    }

    /// The message's text parts joined together.
    public var text: String {
        content.reduce(into: "") { result, part in
            if case .text(let text) = part { result += text }
        }
    }
}
