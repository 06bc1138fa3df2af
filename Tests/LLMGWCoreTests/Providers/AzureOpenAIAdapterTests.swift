import Testing

@testable import LLMGWCore

@Suite struct AzureOpenAIAdapterTests {
    let adapter = AzureOpenAIAdapter()

    private func endpoint(base: String = "https://res.openai.azure.com", apiVersion: String?) -> ProviderEndpoint {
        ProviderEndpoint(
            provider: "azure", kind: .azure, baseURL: base, model: "gpt4o-prod", apiKey: ProviderFixtures.key,
            apiVersion: apiVersion)
    }

    @Test func classicDeploymentURLAndBody() async throws {
        let request = try adapter.encode(ProviderFixtures.fullRequest, endpoint: endpoint(apiVersion: "2024-10-21"))
        #expect(
            request.url
                == "https://res.openai.azure.com/openai/deployments/gpt4o-prod/chat/completions?api-version=2024-10-21")
        #expect(request.headers["api-key"] == "test-key-0000")
        #expect(request.headers["authorization"] == nil)
        let body = try JSONValue.parse(request.body)
        #expect(body == (try ProviderFixtures.json("azure/request_full_classic.json")))
    }

    @Test func v1URLSendsTheDeploymentAsModel() async throws {
        for base in [
            "https://res.openai.azure.com/", "https://res.openai.azure.com/openai",
            "https://res.openai.azure.com/openai/v1/",
        ] {
            let request = try adapter.encode(
                ChatRequest(model: "ignored", messages: [.text(.user, "hi")], maxTokens: 5),
                endpoint: endpoint(base: base, apiVersion: nil))
            #expect(request.url == "https://res.openai.azure.com/openai/v1/chat/completions", "\(base)")
            let body = try JSONValue.parse(request.body)
            #expect(body["model"] == "gpt4o-prod")
            #expect(body["max_completion_tokens"] == 5)
            #expect(body["max_tokens"] == nil)
        }
    }

    @Test func skipsTheEmptyFilterChunk() async throws {
        let bytes = try ProviderFixtures.bytes("azure/chat_stream.sse")
        for delivery in ProviderFixtures.deliveries(of: bytes) {
            let events = try ProviderFixtures.decodeStream(
                delivery.bytes, adapter: adapter, chunkSize: delivery.chunkSize)
            #expect(
                events == [
                    .started(id: "chatcmpl-az1", model: "gpt-4o-2024-11-20"), .textDelta("Bonjour"), .textDelta("!"),
                    .usage(Usage(inputTokens: 9, outputTokens: 3)), .finish(.stop),
                ], "\(delivery.name)")
        }
    }

    @Test func errorsMapByStatusAndBody() async throws {
        let filtered = adapter.decodeError(
            status: 400, headers: [:], body: try ProviderFixtures.bytes("azure/error_content_filter.json"))
        #expect(filtered.errorClass == "bad_request")
        #expect(filtered.message.contains("filtered"))
        let limited = adapter.decodeError(
            status: 429, headers: ["retry-after": "6"], body: try ProviderFixtures.bytes("azure/error_rate_limit.json"))
        #expect(limited == .rateLimited(message: limited.message, retryAfter: 6))
        #expect(adapter.decodeError(status: 401, headers: [:], body: []).errorClass == "authentication")
    }
}
