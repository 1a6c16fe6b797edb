package org.tto.workflow.identity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.tto.identity.AppUser;
import org.tto.identity.Directory;

/** The engine's user query over the directory; a TTO has hundreds of users, so filtering is in memory. */
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
        return matching().count();
    }

    @Override
    public List<User> executeList(CommandContext commandContext, Page page) {
        Stream<User> users = matching().sorted(Comparator.comparing(AppUser::username))
                .map(DirectoryUserQuery::toEngineUser);
        if (page != null) {
            users = users.skip(page.getFirstResult()).limit(page.getMaxResults());
        }
        return users.toList();
    }

    private Stream<AppUser> matching() {
        if (tenantId != null) {
            return Stream.empty();
        }
        return directory.users().stream()
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

    static User toEngineUser(AppUser user) {
        UserEntity entity = new UserEntity(user.username());
        entity.setFirstName(user.firstName());
        entity.setLastName(user.lastName());
        entity.setEmail(user.email());
        return entity;
    }
}
