using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using CccdPlatform.Domain;
using CccdPlatform.Domain.Forms;
using CccdPlatform.Station.Forms;
using CccdPlatform.Station.Offline;
using CccdPlatform.Station.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.WebAssembly.Authentication;
using Microsoft.JSInterop;

namespace CccdPlatform.Station.Pages;

/// <summary>
/// The application form: checked as it is typed with intake's own validator, sent through the offline queue's door
/// (<see cref="OfflineSubmission"/>) under one Idempotency-Key per fill, the server's problems put on their fields.
/// </summary>
public sealed partial class Home : IDisposable
{
    private static readonly RequestKind[] RequestKinds = [.. Enum.GetValues<RequestKind>().Where(k => k != RequestKind.Replacement)];

    // Fields with their own input; a problem about any other field is shown above the form with its label.
    private static readonly HashSet<string> Placed =
    [
        "personalId", "fullName", "dateOfBirth", "sex", "phoneNumber", "requestKind", "currentCardIssuedOn", "visitType",
        "legalRepresentative.fullName", "legalRepresentative.personalId", "legalRepresentative.relationship",
        "eIdRequest.level", "eIdRequest.phoneNumber", "eIdRequest.email",
        .. new[] { "permanentAddress", "currentAddress", "placeOfOrigin" }
            .SelectMany(a => new[] { "provinceCode", "communeCode", "line" }.Select(f => $"{a}.{f}")),
    ];

    private ApplicationDraft _draft = new();
    private AdministrativeUnits? _units;
    private ClaimsPrincipal _officer = new();
    private Dictionary<string, string[]> _live = [];
    private Dictionary<string, string[]> _server = [];
    private readonly HashSet<string> _touched = [];
    private bool _submitted;
    private bool _sending;
    private bool _focusError;
    private string? _problem;
    private string? _key;
    private DateTimeOffset? _collectedAt;
    private ApplicationReceipt? _receipt;
    private string? _queuedAs;
    private IJSObjectReference? _module;

    [Inject] private Texts Texts { get; set; } = null!;
    [Inject] private FormRules Rules { get; set; } = null!;
    [Inject] private Workplace Workplace { get; set; } = null!;
    [Inject] private FormPrefill Prefill { get; set; } = null!;
    [Inject] private OfflineSubmission Submission { get; set; } = null!;
    [Inject] private AuthenticationStateProvider Authentication { get; set; } = null!;
    [Inject] private IJSRuntime Js { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        Texts.Changed += OnChanged;
        Workplace.Changed += OnChanged;
        _officer = (await Authentication.GetAuthenticationStateAsync()).User;
        await Workplace.LoadAsync();
        // Let "Loading…" show while the unit maps are read, once per app.
        await Task.Yield();
        _units = Rules.Units;
        _draft = Prefill.Take() is { } citizen ? ApplicationDraft.From(citizen, _units) : NewDraft();
        if (_draft.PersonalId is not null)
        {
            _live = Rules.Check(Form());
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focusError)
        {
            _focusError = false;
            _module ??= await Js.InvokeAsync<IJSObjectReference>("import", "./form/form.js");
            await _module.InvokeVoidAsync("focusFirstError");
        }
    }

    private ApplicationDraft NewDraft()
    {
        var draft = new ApplicationDraft();
        draft.PermanentAddress.ProvinceCode = _units?.ProvinceOf(_officer.UnitCode());
        return draft;
    }

    private SubmitApplication Form() => _draft.ToForm(_officer, Workplace.MachineId, _units!, Rules.Today, _collectedAt);

    /// <summary>A field was changed: check the whole form again, and forget what the server said of that field.</summary>
    private void Changed(string field)
    {
        _touched.Add(field);
        _server.Remove(field);
        _live = Rules.Check(Form());
    }

    private string? ErrorOf(string field)
    {
        var messages = _server.GetValueOrDefault(field) ?? (_submitted || _touched.Contains(field) ? _live.GetValueOrDefault(field) : null);
        return messages is null ? null : string.Join(" ", messages.Select(m => Texts[m]));
    }

    private string? Invalid(string field) => ErrorOf(field) is null ? null : "true";

    private IEnumerable<(string Field, string Message)> Unplaced() =>
        _server.Keys.Union(_submitted ? _live.Keys : []).Where(f => !Placed.Contains(f))
            .Select(f => (f, ErrorOf(f) ?? ""));

    private static string FieldLabel(string field) => field switch
    {
        "machineId" => "Machine",
        "teamCode" => "Team",
        "collectingUnitCode" => "Unit",
        _ => field,
    };

    private static string KindLabel(RequestKind kind) => kind switch
    {
        RequestKind.FirstIssue => "First card",
        RequestKind.Renewal => "Renewal at 14, 25, 40 or 60",
        RequestKind.Correction => "An error on the card",
        RequestKind.Lost => "Lost card",
        RequestKind.Damaged => "Damaged card",
        RequestKind.DetailsChanged => "Changed identity details",
        _ => "Address changed by the unit reorganisation",
    };

    private static string VisitLabel(VisitType visit) => visit switch
    {
        VisitType.Home => "At home",
        VisitType.Hospital => "In hospital",
        VisitType.WorkplaceOrSchool => "At a workplace or school",
        _ => "Elsewhere",
    };

    private async Task SubmitAsync()
    {
        if (_sending)
        {
            return;
        }

        _submitted = true;
        _server = [];
        _problem = null;
        // One fill, one key and one collection time: sending the same fill again is answered, never created twice.
        _collectedAt ??= Rules.Clock.GetUtcNow();
        var form = Form();
        _live = Rules.Check(form);
        if (_live.Count > 0)
        {
            _focusError = true;
            return;
        }

        _key ??= Guid.NewGuid().ToString();
        _sending = true;
        try
        {
            var (answer, queuedAs) = await Submission.SubmitAsync(ApplicationDraft.ToJson(form), _key);
            _queuedAs = queuedAs;
            if (answer is not null)
            {
                using (answer)
                {
                    await ReadAnswerAsync(answer);
                }
            }
        }
        catch (AccessTokenNotAvailableException expired)
        {
            expired.Redirect();
        }
        finally
        {
            _sending = false;
        }
    }

    private async Task ReadAnswerAsync(HttpResponseMessage answer)
    {
        if (answer.StatusCode == HttpStatusCode.Created)
        {
            _receipt = await answer.Content.ReadFromJsonAsync<ApplicationReceipt>();
            return;
        }

        _focusError = true;
        JsonElement problem;
        try
        {
            problem = await answer.Content.ReadFromJsonAsync<JsonElement>();
        }
        catch (JsonException)
        {
            _problem = $"{(int)answer.StatusCode} {answer.ReasonPhrase}";
            return;
        }

        _problem = Text(problem, "title") ?? $"{(int)answer.StatusCode} {answer.ReasonPhrase}";
        var detail = Text(problem, "detail");
        if (problem.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
        {
            _server = errors.EnumerateObject().ToDictionary(e => e.Name, e => e.Value.EnumerateArray().Select(m => m.GetString() ?? "").ToArray());
        }
        else if (problem.TryGetProperty("openApplicationId", out _))
        {
            // Only intake knows the citizen's open application: it is the ID number's problem.
            _server["personalId"] = [_problem, .. detail is null ? Array.Empty<string>() : [detail]];
        }
        else if (Text(problem, "field") is { } field)
        {
            _server[field] = [detail ?? _problem];
        }
        else if (detail is not null)
        {
            _problem = $"{_problem} {detail}";
        }
    }

    private static string? Text(JsonElement problem, string name) =>
        problem.ValueKind == JsonValueKind.Object && problem.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private void StartOver()
    {
        _draft = NewDraft();
        _live = [];
        _server = [];
        _touched.Clear();
        _submitted = false;
        _problem = null;
        _key = null;
        _collectedAt = null;
        _receipt = null;
        _queuedAs = null;
    }

    private void OnChanged() => InvokeAsync(StateHasChanged);

    public void Dispose()
    {
        Texts.Changed -= OnChanged;
        Workplace.Changed -= OnChanged;
    }

    private sealed record ApplicationReceipt(Guid ApplicationId, string Status, DateOnly? CardExpiresOn);
}
