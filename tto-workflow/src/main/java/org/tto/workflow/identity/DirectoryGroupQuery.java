package org.tto.workflow.identity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.tto.identity.Directory;
import org.tto.identity.DirectoryGroup;

/** The engine's group query over the directory's derived groups. */
class DirectoryGroupQuery extends GroupQueryImpl {

    private final transient Directory directory;

    DirectoryGroupQuery(Directory directory) {
        this.directory = directory;
    }

    DirectoryGroupQuery(Directory directory, CommandExecutor commandExecutor) {
        super(commandExecutor);
        this.directory = directory;
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return matching().count();
    }

    @Override
    public List<Group> executeList(CommandContext commandContext, Page page) {
        Stream<Group> groups = matching().sorted(Comparator.comparing(DirectoryGroup::id))
                .map(DirectoryGroupQuery::toEngineGroup);
        if (page != null) {
            groups = groups.skip(page.getFirstResult()).limit(page.getMaxResults());
        }
        return groups.toList();
    }

    private Stream<DirectoryGroup> matching() {
        if (tenantId != null) {
            return Stream.empty();
        }
        List<String> groupsOfUser = userId == null ? null
                : directory.user(userId).map(directory::groupIdsOf).orElse(List.of());
        return directory.groups().stream()
                .filter(group -> Likes.equalsIfSet(id, group.id()))
                .filter(group -> ids == null || Arrays.asList(ids).contains(group.id()))
                .filter(group -> Likes.equalsIfSet(name, group.name()))
                .filter(group -> Likes.matches(nameLike, group.name()))
                .filter(group -> Likes.equalsIfSet(type, group.kind().name()))
                .filter(group -> groupsOfUser == null || groupsOfUser.contains(group.id()));
    }

    static Group toEngineGroup(DirectoryGroup group) {
        GroupEntity entity = new GroupEntity(group.id());
        entity.setName(group.name());
        entity.setType(group.kind().name());
        return entity;
    }
}
