using CccdPlatform.EIdentification.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CccdPlatform.EIdentification.Apis;

/// <summary>The RFC 7807 answers e-identification gives besides validation errors.</summary>
public static class Problems
{
    public static ProblemHttpResult NoApplication() => Refused(
        "Intake holds no application for this citizen.",
        new() { ["personalId"] = ["Intake holds no application for this citizen: an account needs the identity of a CCCD application."] });

    public static ProblemHttpResult IdentityMismatch(Dictionary<string, string[]> mismatches) => Refused(
        "The identity does not match what intake holds for this citizen.", mismatches,
        $"Not matching: {string.Join(", ", mismatches.Keys)}.");

    public static ProblemHttpResult LevelTwoInPerson() => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "A level 2 account is made in person only.",
        detail: "Level 2 adds biometrics captured by the police: at a commune police office or with the card application " +
                "(Decree 69/2024). A citizen app creates level 1 accounts.",
        extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]>
        {
            ["level"] = ["A citizen app creates level 1 accounts only; level 2 is made in person."],
        } });

    public static ProblemHttpResult AccountExists(Account account) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The citizen already has an account at this level, or one is already requested.",
        detail: $"Account {account.Id} is level {account.Level} and {account.State}; one account per citizen " +
                "(a level 1 account can be upgraded by requesting level 2).",
        extensions: new Dictionary<string, object?>
        {
            ["accountId"] = account.Id, ["level"] = account.Level, ["state"] = account.State.ToString(),
        });

    public static ProblemHttpResult Conflict(string title, Account account) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: title,
        extensions: new Dictionary<string, object?> { ["state"] = account.State.ToString() });

    public static ProblemHttpResult Locked() => TypedResults.Problem(
        statusCode: StatusCodes.Status423Locked,
        title: "The account is locked.",
        detail: "A supervisor of the account's unit can unlock it.",
        extensions: new Dictionary<string, object?> { ["state"] = nameof(AccountState.Locked) });

    public static ProblemHttpResult ChangedMeanwhile() => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The account changed while you acted on it. Read it again and retry.");

    private static ProblemHttpResult Refused(string title, Dictionary<string, string[]> errors, string? detail = null) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: title,
            detail: detail,
            extensions: new Dictionary<string, object?> { ["errors"] = errors });
}
