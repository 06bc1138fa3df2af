import Testing

@testable import LLMGWCore

/// `TargetProbe`: the model-list step, then the minimal completion, on the in-process mock.
@Suite struct TargetProbeTests {
    static func prober() throws -> (TargetProbe, ModelResolver) {
        let config = try ConfigLoader.parse("routes: {}\n", file: "test.yaml")
        let client = ProviderClient(transport: MockTransport())
        let probe = TargetProbe(executor: CallExecutor(client: client), client: client, config: config)
        return (probe, ModelResolver(config: config, environment: [:]))
    }

    @Test func aListedModelThatAnswersIsHealthy() async throws {
        let (probe, resolver) = try Self.prober()
        let result = await probe.probe("mock/echo", resolver: resolver)
        #expect(result.healthy, "\(result)")
        #expect(result.listed == true)
        #expect(result.errorClass == nil)
        #expect(result.message.hasPrefix("answered"))
    }

    @Test func aModelMissingFromTheListFailsThoughItAnswers() async throws {
        let (probe, resolver) = try Self.prober()
        let result = await probe.probe("mock/nosuch", resolver: resolver)
        #expect(!result.healthy)
        #expect(result.listed == false)
        #expect(result.errorClass == "not_found")
        #expect(result.listMessage.contains("'nosuch' is not among the 2 models mock lists (echo, lorem)"))
        #expect(result.message.hasPrefix("answered"), "the completion still runs and is reported")
    }

    @Test func listOutcomesAreClassified() {
        #expect(ModelListCheck.outcome(.success([]), model: "x", provider: "p").failed == false)
        #expect(ModelListCheck.outcome(.failure(.notFound(message: "no")), model: "x", provider: "p").listed == nil)
        let refused = ModelListCheck.outcome(.failure(.authentication(message: "bad key")), model: "x", provider: "p")
        #expect(refused.failed && refused.errorClass == "authentication")
        #expect(ModelListCheck.contains(["qwen2.5:latest"], model: "qwen2.5"))
        #expect(ModelListCheck.contains(["gemini-2.5-flash"], model: "models/gemini-2.5-flash"))
        #expect(!ModelListCheck.contains(["gpt-4o"], model: "gpt-4o-mini"))
    }
}
