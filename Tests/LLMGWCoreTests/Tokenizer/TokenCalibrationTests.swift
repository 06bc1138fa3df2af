import Testing

@testable import LLMGWCore

/// Calibrated estimates: the median ratio of reported to estimated tokens, per model then family.
@Suite struct TokenCalibrationTests {
    static func samples(_ provider: String, _ model: String, ratios: [Double]) -> [TokenCalibrationSample] {
        ratios.map { ratio in
            TokenCalibrationSample(
                provider: provider, model: model, reportedTokens: Int((ratio * 1000).rounded()), estimatedTokens: 1000)
        }
    }

    @Test func fewerThanFiveCallsGiveNoCalibration() {
        let table = TokenCalibrationTable(samples: Self.samples("anthropic", "claude-haiku-4-5", ratios: [1.2, 1.2]))
        #expect(table.calibration(forModel: "anthropic/claude-haiku-4-5") == nil)
        let counter = TokenCounter.forModel("anthropic/claude-haiku-4-5", calibration: table)
        #expect(counter.method == "estimate (uncalibrated)")
        #expect(counter.count("Hello, world!") == TokenEncoding.o200kBase.count("Hello, world!"))
    }

    @Test func theMedianOfTheModelsCallsCorrectsTheEstimate() throws {
        let table = TokenCalibrationTable(
            samples: Self.samples("anthropic", "claude-haiku-4-5", ratios: [1.1, 1.2, 9.0, 1.25, 1.2, 0.1]))
        let calibration = try #require(table.calibration(forModel: "anthropic/claude-haiku-4-5"))
        #expect(calibration.samples == 6)
        #expect(abs(calibration.ratio - 1.2) < 1e-9)
        let counter = TokenCounter.forModel("anthropic/claude-haiku-4-5", calibration: table)
        #expect(!counter.isExact)
        #expect(counter.method == "estimate (calibrated from 6 calls)")
        let text = String(repeating: "calibrate these words please ", count: 20)
        let raw = TokenEncoding.o200kBase.count(text)
        #expect(counter.count(text) == Int((Double(raw) * 1.2).rounded()))
        let messages = [ChatMessage.text(.user, text)]
        #expect(
            counter.countChat(messages)
                == Int((Double(TokenCounter.forModel("anthropic/x").countChat(messages)) * 1.2).rounded()))
    }

    @Test func aModelWithoutEnoughCallsUsesItsFamily() throws {
        var samples = Self.samples("anthropic", "claude-sonnet-4-5", ratios: [1.3, 1.3, 1.3])
        samples += Self.samples("anthropic", "claude-haiku-4-5", ratios: [1.1, 1.1, 1.1])
        let table = TokenCalibrationTable(samples: samples)
        #expect(table.byModel.isEmpty)
        let family = try #require(table.calibration(forModel: "anthropic/claude-opus-4-1"))
        #expect(family.scope == "claude" && family.samples == 6)
        #expect(abs(family.ratio - 1.2) < 1e-9)
        #expect(table.calibration(forModel: "gemini/gemini-2.5-flash") == nil)
        #expect(TokenizerFamily.name(forModel: "groq/llama-3.3-70b-versatile") == "llama")
        #expect(TokenizerFamily.name(forModel: "mistral/mistral-large-latest") == "mistral")
        #expect(TokenizerFamily.name(forModel: "local/whatever") == "local")
    }

    @Test func onlyTheMostRecentCallsCountAndExactModelsAreNeverCalibrated() throws {
        let recent = Self.samples("gemini", "gemini-2.5-flash", ratios: Array(repeating: 0.9, count: 50))
        let old = Self.samples("gemini", "gemini-2.5-flash", ratios: Array(repeating: 2.0, count: 100))
        let table = TokenCalibrationTable(
            samples: recent + old + Self.samples("openai", "gpt-4o", ratios: [2, 2, 2, 2, 2]))
        let calibration = try #require(table.calibration(forModel: "gemini/gemini-2.5-flash"))
        #expect(calibration.samples == TokenCalibrationTable.maximumSamples)
        #expect(abs(calibration.ratio - 0.9) < 1e-9)
        #expect(table.calibration(forModel: "openai/gpt-4o") == nil)
        #expect(TokenCounter.forModel("openai/gpt-4o", calibration: table).isExact)
    }

    @Test func reportColumnsApplyTheCalibrationAndSayIt() throws {
        let table = TokenCalibrationTable(
            samples: Self.samples("anthropic", "claude-haiku-4-5", ratios: [2, 2, 2, 2, 2]))
        var report = TokenCountReport(columns: [
            TokenCountColumn(encoding: .o200kBase),
            TokenCountColumn(model: "anthropic/claude-haiku-4-5", calibration: table),
            TokenCountColumn(model: "gemini/gemini-2.5-flash", countedBy: "gemini countTokens"),
        ])
        let row = report.add(name: "a", bytes: Array("Hello, world!".utf8), counted: [2: 11])
        #expect(row.counts == [4, 8, 11])
        let json = report.json()
        let columns = try #require(json["columns"]?.arrayValue)
        #expect(columns[1]["method"]?.stringValue == "estimate (calibrated from 5 calls)")
        #expect(columns[1]["calibration_samples"]?.intValue == 5)
        #expect(columns[2]["exact"]?.boolValue == true)
        #expect(columns[2]["counted_by"]?.stringValue == "gemini countTokens")
        #expect(TokenCountColumn(model: "anthropic/claude-haiku-4-5").method == "estimate (uncalibrated)")
    }

    @Test func theCalibrationBasisSkipsToolsAndImages() {
        let plain = ChatRequest(model: "m", messages: [.text(.system, "Be brief."), .text(.user, "Hello, world!")])
        #expect(
            TokenEstimator.calibrationBasis(for: plain) == TokenCounter(encoding: .o200kBase).countChat(plain.messages))
        var tools = plain
        tools.tools = [ToolDefinition(name: "f", parameters: .object([:]))]
        #expect(TokenEstimator.calibrationBasis(for: tools) == nil)
        let image = ChatRequest(
            model: "m", messages: [ChatMessage(role: .user, content: [.text("what"), .image(.url("https://x/y.png"))])])
        #expect(TokenEstimator.calibrationBasis(for: image) == nil)
    }
}
