import Testing

@testable import LLMGWCore

/// Exact counters for OpenAI models, labelled estimates for others, and chat overhead as OpenAI counts it.
@Suite struct TokenCounterTests {
    @Test func openAIModelsAreExact() {
        let counter = TokenCounter.forModel("openai/gpt-4o")
        #expect(counter.isExact)
        #expect(counter.encodingName == "o200k_base")
        #expect(counter.count("hello world") == 2)
        #expect(TokenCounter.forModel("gpt-4").encodingName == "cl100k_base")
    }

    @Test func otherFamiliesAreLabelledEstimates() {
        let counter = TokenCounter.forModel("anthropic/claude-haiku-4-5")
        #expect(!counter.isExact)
        #expect(counter.encodingName == "estimate")
        #expect(counter.method.contains("estimate"))
        #expect(counter.count("hello world") == TokenEncoding.o200kBase.count("hello world"))
        #expect(counter.count("") == 0)
    }

    /// The OpenAI cookbook's example conversation; the expected values are its
    /// `num_tokens_from_messages` run with tiktoken 0.14.0.
    static let conversation: [ChatMessage] = [
        .text(
            .system,
            "You are a helpful, pattern-following assistant that translates corporate jargon into plain English."),
        ChatMessage(
            role: .system, content: [.text("New synergies will help drive top-line growth.")], name: "example_user"),
        ChatMessage(
            role: .system, content: [.text("Things working well together will increase revenue.")],
            name: "example_assistant"),
        .text(.user, "This late pivot means we don't have time to boil the ocean for the client deliverable."),
    ]

    @Test func chatOverheadMatchesOpenAIsCount() {
        #expect(TokenCounter.forModel("gpt-4o").countChat(Self.conversation) == 79)
        #expect(TokenCounter.forModel("gpt-4").countChat(Self.conversation) == 81)
        #expect(TokenCounter.forModel("gpt-4o").countChat([]) == 3)
    }
}
