import Synchronization
import Testing

@testable import LLMGWCore

/// `ProviderClient.listModels` against the in-process mock (all three list shapes) and a recording transport.
@Suite struct ProviderClientModelsTests {
    static let key = "test-key-0000-list-models-aa"

    static func endpoint(_ kind: ProviderKind, key: String = ProviderClientModelsTests.key) -> ProviderEndpoint {
        ProviderEndpoint(
            provider: kind.rawValue, kind: kind, baseURL: kind == .gemini ? "mock://local/v1beta" : "mock://local/v1",
            model: "echo", apiKey: APIKey(key))
    }

    static func mockClient() -> ProviderClient {
        var behavior = MockBehavior()
        behavior.acceptedKeys = [Self.key]
        return ProviderClient(transport: MockTransport(behavior: behavior))
    }

    @Test(arguments: [ProviderKind.openai, .anthropic, .gemini, .mock])
    func theMockListsItsModelsInEveryShape(kind: ProviderKind) async throws {
        let ids = try await Self.mockClient().listModels(endpoint: Self.endpoint(kind))
        #expect(ids == ["echo", "lorem"])
    }

    @Test(arguments: [ProviderKind.openai, .anthropic, .gemini])
    func aRefusedKeyIsAnAuthenticationError(kind: ProviderKind) async throws {
        do {
            _ = try await Self.mockClient().listModels(endpoint: Self.endpoint(kind, key: "test-key-0000-list-zz"))
            Issue.record("a refused key must throw")
        } catch {
            #expect(error.errorClass == "authentication")
            #expect(!error.message.contains("test-key-0000-list-zz"))
        }
    }

    @Test func eachFormatSendsItsOwnAuthentication() async throws {
        let seen = Mutex([HTTPRequest]())
        let client = ProviderClient(
            transport: InMemoryTransport { request in
                seen.withLock { $0.append(request) }
                let body =
                    request.url.contains("googleapis")
                    ? #"{"models": [{"name": "models/gemini-2.5-flash"}]}"# : #"{"data": [{"id": "m"}]}"#
                return InMemoryTransport.response(body: body)
            })
        let openAI = ProviderEndpoint(
            provider: "openai", kind: .openai, baseURL: "https://api.openai.com/v1/", model: "m", apiKey: APIKey("sk-1")
        )
        #expect(try await client.listModels(endpoint: openAI) == ["m"])
        let anthropic = ProviderEndpoint(
            provider: "anthropic", kind: .anthropic, baseURL: "https://api.anthropic.com/v1", model: "m",
            apiKey: APIKey("sk-2"))
        #expect(try await client.listModels(endpoint: anthropic) == ["m"])
        let gemini = ProviderEndpoint(
            provider: "gemini", kind: .gemini, baseURL: "https://generativelanguage.googleapis.com/v1beta", model: "x",
            apiKey: APIKey("g-3"))
        #expect(try await client.listModels(endpoint: gemini) == ["gemini-2.5-flash"])
        let requests = seen.withLock { $0 }
        #expect(requests.map(\.method) == ["GET", "GET", "GET"])
        #expect(requests[0].url == "https://api.openai.com/v1/models")
        #expect(requests[0].headers["authorization"] == "Bearer sk-1")
        #expect(requests[1].url == "https://api.anthropic.com/v1/models?limit=1000")
        #expect(requests[1].headers["x-api-key"] == "sk-2")
        #expect(requests[1].headers["anthropic-version"] == AnthropicMessagesAdapter.version)
        #expect(requests[1].headers["authorization"] == nil)
        #expect(requests[2].url == "https://generativelanguage.googleapis.com/v1beta/models?pageSize=1000")
        #expect(requests[2].headers["x-goog-api-key"] == "g-3")
    }

    @Test func anthropicPagesAreFollowed() async throws {
        let client = ProviderClient(
            transport: InMemoryTransport { request in
                request.url.contains("after_id=b")
                    ? InMemoryTransport.response(body: #"{"data": [{"id": "c"}], "has_more": false}"#)
                    : InMemoryTransport.response(
                        body: #"{"data": [{"id": "a"}, {"id": "b"}], "has_more": true, "last_id": "b"}"#)
            })
        let endpoint = ProviderEndpoint(
            provider: "anthropic", kind: .anthropic, baseURL: "https://api.anthropic.com/v1", model: "c")
        #expect(try await client.listModels(endpoint: endpoint) == ["a", "b", "c"])
    }

    @Test func errorsGoThroughTheAdapterAndOddBodiesAreMalformed() async throws {
        let missing = ProviderClient(
            transport: InMemoryTransport { _ in
                InMemoryTransport.response(status: 404, body: #"{"error": {"message": "no such route"}}"#)
            })
        do {
            _ = try await missing.listModels(endpoint: Self.endpoint(.openai))
            Issue.record("a 404 must throw")
        } catch {
            #expect(error.errorClass == "not_found")
        }
        let odd = ProviderClient(transport: InMemoryTransport { _ in InMemoryTransport.response(body: "[1, 2]") })
        do {
            _ = try await odd.listModels(endpoint: Self.endpoint(.openai))
            Issue.record("a body that is not a list must throw")
        } catch {
            #expect(error.errorClass == "malformed_response")
        }
        do {
            _ = try await odd.listModels(endpoint: Self.endpoint(.azure))
            Issue.record("Azure has no model list")
        } catch {
            #expect(error.errorClass == "bad_request")
        }
    }
}
