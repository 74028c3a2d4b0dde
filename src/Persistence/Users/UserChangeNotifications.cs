namespace CapConduit.Persistence.Users;

/// <summary>
/// A trigger on <c>users</c> sends <c>NOTIFY</c> on <see cref="Channel"/> with the user's id whenever a row is updated
/// or deleted, by this application or anyone else, once the change is committed. Caches of user rows listen to it.
/// </summary>
public static class UserChangeNotifications
{
    public const string Channel = "capconduit_user_changed";
}
