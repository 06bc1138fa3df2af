/// What the request log records for calibrating token estimates.
public enum TokenEstimator {
    /// llmgw's uncalibrated estimate of a request's prompt tokens, to log next to the usage the provider
    /// reports (``RequestRecord/estimatedInputTokens``): the o200k_base chat count of its messages.
    ///
    /// Requests with tools or images give `nil`: providers count those in ways llmgw does not
    /// estimate, so they would skew the calibration.
    /// - Parameter request: the request as sent.
    /// - Returns: the estimate, or `nil` when the request should not be used for calibration.
    public static func calibrationBasis(for request: ChatRequest) -> Int? {
        guard request.tools.isEmpty else { return nil }
        let hasImage = request.messages.contains { message in
            message.content.contains { part in
                if case .image = part { return true }
                return false
            }
        }
        guard !hasImage else { return nil }
        return TokenCounter(encoding: .o200kBase).countChat(request.messages)
    }
}
