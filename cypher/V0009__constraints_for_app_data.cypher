// Nodes the application writes: users, decisions on suggestions, cluster names, saved views.
CREATE CONSTRAINT user_username IF NOT EXISTS FOR (n:User) REQUIRE n.username IS UNIQUE;
CREATE CONSTRAINT suggestion_decision_key IF NOT EXISTS FOR (n:SuggestionDecision) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT cluster_name_signature IF NOT EXISTS FOR (n:ClusterName) REQUIRE n.signature IS UNIQUE;
CREATE CONSTRAINT saved_view_id IF NOT EXISTS FOR (n:SavedView) REQUIRE n.id IS UNIQUE;
