import Testing

@testable import LLMGWCore

@Suite struct PromptPatternTests {
    @Test func literalPatternsMatchAsTheRegexEngineDoes() throws {
        let insensitive = try PromptPattern("(?i)translate")
        #expect(insensitive.matches("Please TRANSLATE this"))
        #expect(insensitive.matches("translate"))
        #expect(!insensitive.matches("transl ate"))
        #expect(!insensitive.matches(""))
        let sensitive = try PromptPattern("Translate it")
        #expect(sensitive.matches("please Translate it now"))
        #expect(!sensitive.matches("please translate it now"))
    }

    @Test func nonASCIIPromptsAndRealExpressionsUseTheRegexEngine() throws {
        let insensitive = try PromptPattern("(?i)translate")
        #expect(insensitive.matches("Übersetze: TRANSLATE"))
        #expect(!insensitive.matches("Übersetze"))
        let expression = try PromptPattern("(?i)^sum+ari[sz]e\\b")
        #expect(expression.matches("Summarize this"))
        #expect(!expression.matches("please summarise"))
    }
}
