package org.tto.workflow.identity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.tto.identity.AppUser;
import org.tto.identity.Directory;
import org.tto.identity.Role;
import org.tto.institution.Institution;

/**
 * The engine's user query over the directory; a TTO has hundreds of users, so filtering is in memory. A signed-in
 * caller (Tasklist, the engine's REST API) sees at most their own institution's users, and coordinators and
 * reviewers themselves only; admins see everybody, and so does the engine itself (no caller).
 */
class DirectoryUserQuery extends UserQueryImpl {

    private final transient Directory directory;

    DirectoryUserQuery(Directory directory) {
        this.directory = directory;
    }

    DirectoryUserQuery(Directory directory, CommandExecutor commandExecutor) {
        super(commandExecutor);
        this.directory = directory;
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return matching(commandContext).count();
    }

    @Override
    public List<User> executeList(CommandContext commandContext, Page page) {
        Stream<User> users = matching(commandContext).sorted(Comparator.comparing(AppUser::username))
                .map(DirectoryUserQuery::toEngineUser);
        if (page != null) {
            users = users.skip(page.getFirstResult()).limit(page.getMaxResults());
        }
        return users.toList();
    }

    private Stream<AppUser> matching(CommandContext commandContext) {
        if (tenantId != null) {
            return Stream.empty();
        }
        Predicate<AppUser> visible = visibleTo(commandContext);
        return directory.users().stream()
                .filter(visible)
                .filter(user -> Likes.equalsIfSet(id, user.username()))
                .filter(user -> ids == null || Arrays.asList(ids).contains(user.username()))
                .filter(user -> Likes.equalsIfSet(firstName, user.firstName()))
                .filter(user -> Likes.matches(firstNameLike, user.firstName()))
                .filter(user -> Likes.equalsIfSet(lastName, user.lastName()))
                .filter(user -> Likes.matches(lastNameLike, user.lastName()))
                .filter(user -> Likes.equalsIfSet(email, user.email()))
                .filter(user -> Likes.matches(emailLike, user.email()))
                .filter(user -> groupId == null || directory.groupIdsOf(user).contains(groupId));
    }

    private Predicate<AppUser> visibleTo(CommandContext commandContext) {
        Authentication caller = commandContext == null ? null : commandContext.getAuthentication();
        if (caller == null || caller.getUserId() == null) {
            return user -> true;
        }
        Optional<AppUser> me = directory.user(caller.getUserId());
        if (me.isEmpty()) {
            return user -> false;
        }
        return switch (me.get().role().scope()) {
            case ALL -> me.get().role() == Role.ADMIN ? user -> true
                    : user -> user.username().equals(me.get().username());
            case COUNTRY -> user -> user.username().equals(me.get().username());
            case INSTITUTION -> {
                Long institution = me.get().institution().map(Institution::id).orElseThrow();
                yield user -> user.institution().map(Institution::id).filter(institution::equals).isPresent();
            }
        };
    }

    static User toEngineUser(AppUser user) {
        UserEntity entity = new UserEntity(user.username());
        entity.setFirstName(user.firstName());
        entity.setLastName(user.lastName());
        entity.setEmail(user.email());
        return entity;
    }
}
