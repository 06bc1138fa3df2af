import Foundation

/// One model in the price catalog: prices per 1M tokens, limits, capabilities and where the figures came from.
public struct CatalogEntry: Sendable, Hashable {
    /// The provider's name in model references (`openai`, `groq`, `together`).
    public var provider: String
    /// The model as the provider's API names it.
    public var model: String
    /// Prices in US dollars per 1M tokens.
    public var price: ModelPrice
    /// The context window in tokens, if known.
    public var context: Int?
    /// The largest output in tokens, if known.
    public var maxOutput: Int?
    /// Input modalities (`text`, `image`, `audio`, `video`).
    public var modalities: [String]
    /// Whether the model can call tools, if known.
    public var tools: Bool?
    /// Whether the model spends hidden reasoning tokens, if known.
    public var reasoningModel: Bool?
    /// A caveat about the figures, e.g. long-context tiers that are not applied.
    public var note: String?
    /// Where the figures were read (a URL or an imported file).
    public var source: String?
    /// The provider's own pricing page, when the source cites one.
    public var providerSource: String?
    /// The day the figures were checked, `YYYY-MM-DD`.
    public var checked: String?
    /// Which catalog layer the entry comes from.
    public var origin: CatalogOrigin

    /// Creates an entry.
    public init(
        provider: String, model: String, price: ModelPrice, context: Int? = nil, maxOutput: Int? = nil,
        modalities: [String] = ["text"], tools: Bool? = nil, reasoningModel: Bool? = nil, note: String? = nil,
        source: String? = nil, providerSource: String? = nil, checked: String? = nil, origin: CatalogOrigin = .embedded
    ) {
        self.provider = provider
        self.model = model
        self.price = price
        self.context = context
        self.maxOutput = maxOutput
        self.modalities = modalities
        self.tools = tools
        self.reasoningModel = reasoningModel
        self.note = note
        self.source = source
        self.providerSource = providerSource
        self.checked = checked
        self.origin = origin
    }

    /// `provider/model`.
    public var id: String { "\(provider)/\(model)" }

    /// Whole days from `checked` to `date`, or `nil` when the check date is unknown.
    /// - Parameter date: usually now.
    /// - Returns: the age in days, never negative.
    public func ageInDays(asOf date: Date) -> Int? {
        guard let checked, let day = CatalogDate.parse(checked) else { return nil }
        return max(0, Int((date.timeIntervalSince(day) / 86_400).rounded(.down)))
    }
}
