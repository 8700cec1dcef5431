namespace CccdPlatform.TestSupport.Fuzzing;

/// <summary>What to put in a field's place: raw JSON bytes (not necessarily valid JSON or UTF-8), or nothing.</summary>
public sealed record JsonFault(string Kind, byte[]? Raw)
{
    public static readonly JsonFault Dropped = new("dropped", null);
}

/// <summary>The faults one field of a valid request can take, each enough on its own to make the request invalid.</summary>
public sealed record FieldFaults(string Field, CsCheck.Gen<JsonFault> Faults);
