using Microsoft.AspNetCore.Http.HttpResults;

namespace CccdPlatform.Biometrics.Apis;

public static class Problems
{
    public static ProblemHttpResult Conflict(string title, string? detail = null) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail);

    public static ProblemHttpResult NoBiometricsTaken() => TypedResults.Problem(
        statusCode: StatusCodes.Status422UnprocessableEntity,
        title: "No biometrics are taken from a citizen under 6.",
        detail: "The Law on Identity (from 1 July 2024) takes no biometrics under 6: the application goes on to approval without a capture.");

    public static ProblemHttpResult IrisesNeeded(IReadOnlyList<Model.Eye> missing) => TypedResults.Problem(new HttpValidationProblemDetails(
        new Dictionary<string, string[]>
        {
            ["irises"] =
            [
                $"Both irises are taken from citizens of 6 and over (Law on Identity, from 1 July 2024); missing: " +
                $"{string.Join(", ", missing.Select(e => e.ToString().ToLowerInvariant()))}. Capture each eye or record its exception.",
            ],
        })
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "The capture lacks an iris.",
    });

    public static ProblemHttpResult IdempotencyKeyReused() => TypedResults.Problem(
        statusCode: StatusCodes.Status422UnprocessableEntity,
        title: "This Idempotency-Key was already used for a different capture.",
        detail: "Send a new key for a new capture; resend the same body to get the first answer again.");

    public static ProblemHttpResult InvalidIdempotencyKey() => TypedResults.Problem(new HttpValidationProblemDetails(
        new Dictionary<string, string[]> { ["Idempotency-Key"] = [$"Use 1 to {ResendKeys.MaxLength} printable ASCII characters, e.g. a UUID."] })
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "The Idempotency-Key header is not valid.",
    });

    public static ProblemHttpResult ConcurrentChange() =>
        Conflict("Someone else changed this application at the same moment.", "Read it again, then retry.");
}
