/// Groups models that share a tokenizer, so calibration samples of one model help estimate its siblings.
public enum TokenizerFamily {
    /// Name fragments and the family they mark, checked in order.
    static let markers: [(fragment: String, family: String)] = [
        ("claude", "claude"), ("gemini", "gemini"), ("gemma", "gemini"), ("llama", "llama"),
        ("mistral", "mistral"), ("mixtral", "mistral"), ("codestral", "mistral"), ("ministral", "mistral"),
        ("magistral", "mistral"), ("devstral", "mistral"), ("pixtral", "mistral"), ("qwen", "qwen"),
        ("qwq", "qwen"), ("deepseek", "deepseek"), ("grok", "grok"), ("command", "cohere"), ("phi-", "phi"),
    ]

    /// The family of a model reference: `claude`, `gemini`, `llama`, `mistral`, `qwen`, `deepseek`, `grok`, …,
    /// or the provider's name when the model's name says nothing.
    /// - Parameter reference: `provider/model` (`groq/llama-3.3-70b-versatile`), or a bare model name.
    /// - Returns: the family's name, lowercased.
    public static func name(forModel reference: String) -> String {
        let lowered = reference.lowercased()
        let model = lowered.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? lowered
        if let marker = markers.first(where: { model.contains($0.fragment) }) { return marker.family }
        if let slash = lowered.firstIndex(of: "/") { return String(lowered[..<slash]) }
        return model
    }
}
