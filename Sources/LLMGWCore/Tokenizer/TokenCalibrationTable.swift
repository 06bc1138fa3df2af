/// Calibrations for estimated token counts, per model and per tokenizer family, built from the
/// request log's samples (see ``TokenCalibrationTable/query(database:limit:)``).
///
/// A model's own calibration is used when it has at least ``minimumSamples`` calls, else its
/// family's. Each ratio is the median over the most recent ``maximumSamples`` calls, so it follows
/// tokenizer changes and shrugs off odd calls. Models llmgw counts exactly are never calibrated.
public struct TokenCalibrationTable: Sendable, Hashable {
    /// Fewer calls than this give no calibration.
    public static let minimumSamples = 5
    /// At most this many of the most recent calls make a ratio.
    public static let maximumSamples = 50

    /// Calibrations by lowercased `provider/model`.
    public let byModel: [String: TokenCalibration]
    /// Calibrations by ``TokenizerFamily`` name.
    public let byFamily: [String: TokenCalibration]

    /// A table with no calibrations: every estimate is uncalibrated.
    public static let empty = TokenCalibrationTable(samples: [])

    /// Builds the table from samples.
    /// - Parameter samples: logged calls, newest first; ones with a zero or negative count, and ones
    ///   of models llmgw counts exactly, are ignored.
    public init(samples: [TokenCalibrationSample]) {
        var models: [String: [Double]] = [:]
        var families: [String: [Double]] = [:]
        for sample in samples where sample.reportedTokens > 0 && sample.estimatedTokens > 0 {
            let reference = "\(sample.provider)/\(sample.model)"
            guard ModelEncodingMap.encoding(forModel: reference) == nil else { continue }
            let ratio = Double(sample.reportedTokens) / Double(sample.estimatedTokens)
            let key = reference.lowercased()
            if models[key, default: []].count < Self.maximumSamples { models[key, default: []].append(ratio) }
            let family = TokenizerFamily.name(forModel: reference)
            if families[family, default: []].count < Self.maximumSamples {
                families[family, default: []].append(ratio)
            }
        }
        byModel = Self.calibrations(models)
        byFamily = Self.calibrations(families)
    }

    /// The calibration for a model reference: its own, else its family's, else `nil`.
    /// - Parameter reference: `provider/model`.
    /// - Returns: `nil` when neither has ``minimumSamples`` calls, or when llmgw counts the model exactly.
    public func calibration(forModel reference: String) -> TokenCalibration? {
        guard ModelEncodingMap.encoding(forModel: reference) == nil else { return nil }
        return byModel[reference.lowercased()] ?? byFamily[TokenizerFamily.name(forModel: reference)]
    }

    /// Whether the table has no calibration at all.
    public var isEmpty: Bool { byModel.isEmpty && byFamily.isEmpty }

    private static func calibrations(_ ratios: [String: [Double]]) -> [String: TokenCalibration] {
        var result: [String: TokenCalibration] = [:]
        for (scope, values) in ratios where values.count >= minimumSamples {
            result[scope] = TokenCalibration(ratio: median(values), samples: values.count, scope: scope)
        }
        return result
    }

    /// The median of a non-empty list.
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
    }
}
