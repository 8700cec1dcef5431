using CccdPlatform.Contracts;

namespace CccdPlatform.EIdentification.Model;

/// <summary>A citizen's eID account: one per citizen, level 1 or 2, from request to activation.</summary>
public sealed class Account
{
    public Guid Id { get; init; }
    public required string PersonalId { get; init; }
    public required string CitizenRef { get; init; }
    public int Level { get; private set; }
    public AccountState State { get; private set; }

    /// <summary>Where activation codes go: 10 digits starting with 0. Never logged, never in an event.</summary>
    public required string PhoneNumber { get; init; }

    public string? Email { get; init; }

    // The unit that first requested the account, as columns so that queries by province or district use indexes.
    public required string UnitProvinceCode { get; init; }
    public string? UnitDistrictCode { get; init; }
    public string? UnitCommuneCode { get; init; }

    public DateTimeOffset RequestedAt { get; init; }
    public DateTimeOffset? CreatedAt { get; private set; }
    public DateTimeOffset? ActivatedAt { get; private set; }
    public DateTimeOffset? LockedAt { get; private set; }
    public LockReason? LockReason { get; private set; }
    public string? LockNote { get; private set; }
    public string? LockedBy { get; private set; }
    public AccountState? StateBeforeLock { get; private set; }

    // The outstanding one-time code, as a salted PBKDF2 hash only.
    public byte[]? CodeSalt { get; private set; }
    public byte[]? CodeHash { get; private set; }
    public DateTimeOffset? CodeIssuedAt { get; private set; }
    public DateTimeOffset? CodeExpiresAt { get; private set; }

    /// <summary>Wrong codes since the last activation or unlock, across re-sent codes: re-sending never resets it.</summary>
    public int FailedAttempts { get; private set; }

    /// <summary>Grows by one with every change of level or state; a concurrency token, and carried by the events.</summary>
    public int Version { get; private set; }

    public List<AccountRequest> Requests { get; init; } = [];

    public UnitPath Unit => new(UnitProvinceCode, UnitDistrictCode, UnitCommuneCode);

    /// <summary>The most specific code of the account's unit.</summary>
    public string UnitCode => UnitCommuneCode ?? UnitDistrictCode ?? UnitProvinceCode;

    public static Account Request(Citizen citizen, int level, string phoneNumber, string? email, UnitPath unit, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        PersonalId = citizen.PersonalId,
        CitizenRef = citizen.CitizenRef,
        Level = level,
        State = AccountState.Requested,
        PhoneNumber = phoneNumber,
        Email = email,
        UnitProvinceCode = unit.ProvinceCode,
        UnitDistrictCode = unit.DistrictCode,
        UnitCommuneCode = unit.CommuneCode,
        RequestedAt = now,
        Version = 1,
    };

    public void Create(DateTimeOffset now)
    {
        Require(State == AccountState.Requested, "create");
        State = AccountState.PendingActivation;
        CreatedAt = now;
        Version++;
    }

    public void Upgrade()
    {
        Require(Level == 1 && State != AccountState.Requested, "upgrade");
        Level = 2;
        Version++;
    }

    /// <summary>Replaces any outstanding code: only the newest code works.</summary>
    public void IssueCode(byte[] salt, byte[] hash, DateTimeOffset now, TimeSpan lifetime)
    {
        Require(State == AccountState.PendingActivation, "issue a code for");
        (CodeSalt, CodeHash, CodeIssuedAt, CodeExpiresAt) = (salt, hash, now, now + lifetime);
    }

    public ActivationOutcome Activate(string code, DateTimeOffset now, int maxAttempts)
    {
        switch (State)
        {
            case AccountState.Requested: return ActivationOutcome.NotCreated;
            case AccountState.Active: return ActivationOutcome.AlreadyActive;
            case AccountState.Locked: return ActivationOutcome.Locked;
        }

        if (CodeHash is null || CodeSalt is null)
        {
            return ActivationOutcome.NoCode;
        }

        if (now >= CodeExpiresAt)
        {
            return ActivationOutcome.Expired;
        }

        if (ActivationCode.Matches(code, CodeSalt, CodeHash))
        {
            State = AccountState.Active;
            ActivatedAt = now;
            FailedAttempts = 0;
            ClearCode();
            Version++;
            return ActivationOutcome.Activated;
        }

        FailedAttempts++;
        if (FailedAttempts < maxAttempts)
        {
            return ActivationOutcome.WrongCode;
        }

        Lock(Model.LockReason.WrongCodes, note: null, by: "activation", now);
        return ActivationOutcome.LockedNow;
    }

    public bool CanLock => State is AccountState.PendingActivation or AccountState.Active;

    public void Lock(LockReason reason, string? note, string by, DateTimeOffset now)
    {
        Require(CanLock, "lock");
        StateBeforeLock = State;
        State = AccountState.Locked;
        (LockedAt, LockReason, LockNote, LockedBy) = (now, reason, note, by);
        ClearCode();
        Version++;
    }

    public void Unlock()
    {
        Require(State == AccountState.Locked, "unlock");
        State = StateBeforeLock ?? AccountState.PendingActivation;
        (StateBeforeLock, LockedAt, LockReason, LockNote, LockedBy) = (null, null, null, null, null);
        FailedAttempts = 0;
        Version++;
    }

    private void ClearCode() => (CodeSalt, CodeHash, CodeIssuedAt, CodeExpiresAt) = (null, null, null, null);

    private void Require(bool allowed, string action)
    {
        if (!allowed)
        {
            throw new InvalidOperationException($"Cannot {action} a level {Level} account that is {State}.");
        }
    }
}
